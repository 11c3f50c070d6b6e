export { ServiceMap } from "./ServiceMap";
export type {
  ServiceMapProps,
  ServiceMapSelectEvent,
  ServiceMapSelection,
} from "./ServiceMapProps";
export { createServiceMapLayoutWorker } from "./createServiceMapLayoutWorker";
export type {
  ServiceMapLayoutWorker,
  ServiceMapLayoutWorkerFactory,
} from "./createServiceMapLayoutWorker";
export { createServiceMapModel } from "./createServiceMapModel";
export type {
  ServiceMapEdgeView,
  ServiceMapModel,
  ServiceMapModelOptions,
  ServiceMapNodeView,
} from "./createServiceMapModel";
export {
  computeHealthCounts,
  countImpacted,
  dominantHealthStatus,
  healthStatuses,
} from "./computeHealthCounts";
export type { HealthCounts, HealthStatus } from "./computeHealthCounts";
export { computeRingArcs } from "./computeRingArcs";
export type { RingArc } from "./computeRingArcs";
export { createNodeRadius, defaultNodeRadius } from "./computeNodeRadius";
export type { NodeRadiusRange, ServiceMapSizing } from "./computeNodeRadius";
export { computeShownElements } from "./computeShownElements";
export type { ServiceMapFocus, ShownElements, ShownElementsOptions } from "./computeShownElements";
export { cullServiceMap } from "./cullServiceMap";
export type { CulledElements, CullViewport } from "./cullServiceMap";
export { computeFitTransform } from "./computeFitTransform";
export type { FitTransformOptions } from "./computeFitTransform";
export type { MapBounds, MapTransform } from "./MapTransform";
export { computeEdgeCurve } from "./computeEdgeCurve";
export type { EdgeCurve, EdgeEnd } from "./computeEdgeCurve";
export { createEdgeHitIndex } from "./createEdgeHitIndex";
export type { EdgeHit, EdgeHitIndex, EdgeHitInput } from "./createEdgeHitIndex";
export { findEdgeAt } from "./findEdgeAt";
export { findNodeInDirection } from "./findNodeInDirection";
export type { MapDirection } from "./findNodeInDirection";
export { searchServiceNodes } from "./searchServiceNodes";
export { describeServiceType } from "./describeServiceType";
export type { ServiceTypeIcon, ServiceTypeInfo } from "./describeServiceType";
export { formatPerMinute, formatResponseTime } from "./formatResponseTime";
export { sumStatistics } from "./sumStatistics";
