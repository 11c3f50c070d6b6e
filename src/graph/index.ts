export { deriveServiceGraph } from "./deriveServiceGraph";
export { createServiceGraphBuilder } from "./createServiceGraphBuilder";
export type { ServiceGraphBuilder, ServiceGraphOptions } from "./createServiceGraphBuilder";
export type { LinkScope } from "./LinkResolver";
export { mergeServiceGraphs } from "./mergeServiceGraphs";
export { serviceNodeKey } from "./serviceNodeKey";
export { serviceEdgeKey } from "./serviceEdgeKey";
export { toGetServiceGraphResponse } from "./toGetServiceGraphResponse";
export type { ToGetServiceGraphResponseOptions } from "./toGetServiceGraphResponse";
export { toGetTraceGraphResponse } from "./toGetTraceGraphResponse";
export { fromGetServiceGraphResponse } from "./fromGetServiceGraphResponse";
export type { FromGetServiceGraphResponseResult } from "./fromGetServiceGraphResponse";
export { focusServiceGraph } from "./focusServiceGraph";
export type { FocusServiceGraphOptions } from "./focusServiceGraph";
export { pruneServiceGraphEdges } from "./pruneServiceGraphEdges";
export type { PruneServiceGraphEdgesOptions } from "./pruneServiceGraphEdges";
export { computeServiceTimeSeries } from "./computeServiceTimeSeries";
export type { ServiceTimeSeriesOptions } from "./computeServiceTimeSeries";
export { layoutServiceGraph } from "./layoutServiceGraph";
export type {
  LayoutPoint,
  LayoutServiceGraphOptions,
  ServiceGraphLayout,
  ServiceGraphLayoutInput,
} from "./layoutServiceGraph";
export { createLayoutSimulation } from "./createLayoutSimulation";
export type { LayoutSimulation } from "./createLayoutSimulation";
export { handleLayoutWorkerMessage, installLayoutWorker } from "./layoutWorker";
export type {
  LayoutWorkerProgress,
  LayoutWorkerRequest,
  LayoutWorkerResponse,
  LayoutWorkerScope,
} from "./layoutWorker";
export { createLayoutWorkerClient } from "./createLayoutWorkerClient";
export type { LayoutWorkerClient, LayoutWorkerLike } from "./createLayoutWorkerClient";
