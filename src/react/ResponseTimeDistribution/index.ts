export { ResponseTimeDistribution } from "./ResponseTimeDistribution";
export type {
  ChartSeriesLabels,
  ResponseTimeDistributionProps,
} from "./ResponseTimeDistributionProps";
export type { ResponseTimeRange } from "./toResponseTimeRange";
