export { TraceTimeline } from "./TraceTimeline";
export type { TraceTimelineProps } from "./TraceTimelineProps";
