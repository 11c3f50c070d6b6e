/** The series of a comparison chart: all traces (gray), set A and set B. */
export type ChartSeriesKey = "all" | "a" | "b";

/** The series keys in drawing and legend order. */
export const CHART_SERIES: readonly ChartSeriesKey[] = ["all", "a", "b"];
