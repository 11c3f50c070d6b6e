export { TraceList } from "./TraceList";
export type { TraceListProps, TraceListSort } from "./TraceListProps";
export { traceListColumns } from "./traceListColumns";
export type { TraceListColumn, TraceListColumnSpec } from "./traceListColumns";
export { traceOverviewFields } from "./TraceOverview";
