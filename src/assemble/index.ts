export type { AssembleOptions, AssembleResult } from "./AssembleOptions";
export { assembleTraces } from "./assembleTraces";
export { computeTraceSummary } from "./computeTraceSummary";
export { getEntityStatus } from "./getEntityStatus";
export type { BatchGetTracesResponse, BatchGetTracesTrace } from "./formatBatchGetTraces";
export { formatBatchGetTraces } from "./formatBatchGetTraces";
export { formatSegmentDocument } from "./formatSegmentDocument";
