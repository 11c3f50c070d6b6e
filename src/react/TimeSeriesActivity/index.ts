export { TimeSeriesActivity } from "./TimeSeriesActivity";
export type { TimeRange, TimeSeriesActivityProps } from "./TimeSeriesActivityProps";
