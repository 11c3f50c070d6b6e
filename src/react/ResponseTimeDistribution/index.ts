export { ResponseTimeDistribution } from "./ResponseTimeDistribution";
export type { ResponseTimeDistributionProps } from "./ResponseTimeDistributionProps";
export type { ResponseTimeRange } from "./toResponseTimeRange";
