export type { AnalyticsInput, TraceSummaryLike } from "./TraceSummaryLike";
export { summaryOf } from "./summaryOf";
export { classifyTraceStatus, TRACE_STATUSES } from "./classifyTraceStatus";
export type { TraceStatus } from "./classifyTraceStatus";
export { readFieldValues } from "./readFieldValues";
export type { AnalyticsField, AnalyticsValue } from "./readFieldValues";
export { formatFieldFilter } from "./formatFieldFilter";
export { formatResponseTimeFilter } from "./formatResponseTimeFilter";
export { computeTraceGroups, compareAnalyticsValues } from "./computeTraceGroups";
export type { TraceGroup, TraceGroupsOptions, TraceGroupsResult } from "./computeTraceGroups";
export { computeResponseTimeDistribution } from "./computeResponseTimeDistribution";
export type {
  DistributionMetric,
  ResponseTimeDistribution,
  ResponseTimeDistributionOptions,
} from "./computeResponseTimeDistribution";
export { computeDistributionBins } from "./computeDistributionBins";
export type { DistributionBins, DistributionBinsOptions } from "./computeDistributionBins";
export { chooseTimePeriod } from "./chooseTimePeriod";
export { computeTimeSeries } from "./computeTimeSeries";
export type { TimeBucket, TimeSeries, TimeSeriesOptions } from "./computeTimeSeries";
export { compareTraceSets } from "./compareTraceSets";
export type {
  CompareTraceSetsOptions,
  TraceSetAnalytics,
  TraceSetComparison,
  TraceSets,
} from "./compareTraceSets";
export type {
  ComparisonOrder,
  FieldComparison,
  FieldComparisonRow,
  SetShare,
} from "./compareFieldCounts";
export { computeRootCauses } from "./computeRootCauses";
export type {
  RootCauseGrouping,
  RootCauseRow,
  RootCausesOptions,
  RootCausesResult,
} from "./computeRootCauses";
export { computeTraceOrder, traceAtPosition } from "./computeTraceOrder";
export type { SortDirection, TraceOrder, TraceSortKey } from "./computeTraceOrder";
