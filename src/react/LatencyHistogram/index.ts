export { LatencyHistogram } from "./LatencyHistogram";
export type { LatencyHistogramProps } from "./LatencyHistogramProps";
export type {
  FilterServiceRef,
  HistogramRange,
  HistogramRangeEvent,
  HistogramStatus,
  HistogramSubject,
} from "./HistogramSubject";
export { formatResponseTimeFilter } from "./formatResponseTimeFilter";
export type { ResponseTimeFilterOptions } from "./formatResponseTimeFilter";
export { roundHistogramRange } from "./roundHistogramRange";
export { stepHistogramRange } from "./stepHistogramRange";
export { describeLatencyHistogram, formatPercentileLabel } from "./describeLatencyHistogram";
export { createHistogramScales } from "./createHistogramScales";
export type { HistogramScales } from "./createHistogramScales";
