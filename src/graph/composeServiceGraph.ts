import type { ServiceGraph, ServiceGraphEdge, ServiceGraphNode } from "../model/ServiceGraph";

const byKey = (a: { readonly key: string }, b: { readonly key: string }): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/**
 * A `ServiceGraph` value from nodes and edges (internal): both sorted by key, with lookups and the
 * graph's time range; edges whose ends are not among the nodes are left out.
 */
export function composeServiceGraph(
  nodes: readonly ServiceGraphNode[],
  edges: readonly ServiceGraphEdge[],
): ServiceGraph {
  const sortedNodes = [...nodes].sort(byKey);
  const nodeByKey = new Map<string, ServiceGraphNode>();
  let startTime = Infinity;
  let endTime = -Infinity;
  for (const node of sortedNodes) {
    nodeByKey.set(node.key, node);
    if (node.startTime < startTime) startTime = node.startTime;
    if (node.endTime > endTime) endTime = node.endTime;
  }
  const sortedEdges = edges
    .filter((e) => nodeByKey.has(e.source) && nodeByKey.has(e.target))
    .sort(byKey);
  const edgeByKey = new Map<string, ServiceGraphEdge>();
  for (const edge of sortedEdges) edgeByKey.set(edge.key, edge);
  return {
    nodes: sortedNodes,
    edges: sortedEdges,
    nodeByKey,
    edgeByKey,
    startTime: Number.isFinite(startTime) ? startTime : 0,
    endTime: Number.isFinite(endTime) ? endTime : 0,
  };
}
