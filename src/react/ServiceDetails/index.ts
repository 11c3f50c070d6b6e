export { ServiceDetails } from "./ServiceDetails";
export type { ServiceDetailsProps, ViewTracesEvent } from "./ServiceDetailsProps";
export { resolveServiceDetails, filterRefOf } from "./resolveServiceDetails";
export type { ServiceDetailsData } from "./resolveServiceDetails";
export { computeStatusCounts } from "./computeStatusCounts";
export { ServiceStatisticsTable } from "./ServiceStatisticsTable";
export type { ServiceStatisticsTableProps } from "./ServiceStatisticsTable";
