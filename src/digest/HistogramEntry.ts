/**
 * One entry of an X-Ray histogram (`ResponseTimeHistogram` and `DurationHistogram` in
 * GetServiceGraph, GetTraceSummaries and GetTimeSeriesServiceStatistics): `Count` requests took
 * `Value` seconds. Real responses list the entries unsorted.
 */
export interface HistogramEntry {
  readonly Value: number;
  readonly Count: number;
}
