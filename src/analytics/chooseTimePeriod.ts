/** Periods a time series snaps to, in seconds (1 s up to 30 days). */
const PERIODS = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800,
  604800, 2592000,
];

/**
 * The smallest "nice" period (1 s, 5 s, 1 min, 5 min, 1 h, 1 day, …) that splits `span` seconds
 * into at most `maxBuckets` buckets (default 60). Spans beyond the largest nice period's reach
 * get a whole multiple of 30 days.
 * @example chooseTimePeriod(3600) // 60: one-minute buckets for an hour
 */
export function chooseTimePeriod(span: number, maxBuckets = 60): number {
  if (!(maxBuckets >= 1)) throw new RangeError("chooseTimePeriod: maxBuckets must be ≥ 1");
  if (!(span > 0) || !Number.isFinite(span)) return PERIODS[0];
  for (const period of PERIODS) if (span / period <= maxBuckets) return period;
  const last = PERIODS[PERIODS.length - 1];
  return last * Math.ceil(span / maxBuckets / last);
}
