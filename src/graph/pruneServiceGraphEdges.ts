import type { ServiceGraph } from "../model/ServiceGraph";
import { composeServiceGraph } from "./composeServiceGraph";

export interface PruneServiceGraphEdgesOptions {
  /** Edges with fewer calls (`TotalCount`) than this are hidden (default 1: only empty edges). */
  readonly minCount?: number;
  /** Edges carrying less than this share (0..1) of their target's incoming calls are hidden (default 0). */
  readonly minShare?: number;
  /** Also hide nodes that had edges and have none left (default false). */
  readonly removeIsolatedNodes?: boolean;
}

/**
 * Hides edges below a traffic threshold (absolute `minCount` and/or relative `minShare`), and,
 * with `removeIsolatedNodes`, the nodes left without any edge. Nodes and edges are the graph's
 * own objects (ReferenceIds kept).
 *
 * @example
 * pruneServiceGraphEdges(graph, { minCount: 10, removeIsolatedNodes: true });
 */
export function pruneServiceGraphEdges(
  graph: ServiceGraph,
  options: PruneServiceGraphEdgesOptions = {},
): ServiceGraph {
  const minCount = options.minCount ?? 1;
  const minShare = options.minShare ?? 0;
  const incoming = new Map<string, number>();
  for (const edge of graph.edges) {
    incoming.set(edge.target, (incoming.get(edge.target) ?? 0) + edge.statistics.TotalCount);
  }
  const edges = graph.edges.filter((edge) => {
    const count = edge.statistics.TotalCount;
    const total = incoming.get(edge.target) ?? 0;
    return count >= minCount && (total === 0 ? minShare <= 0 : count / total >= minShare);
  });
  if (options.removeIsolatedNodes !== true) return composeServiceGraph(graph.nodes, edges);
  const hadEdges = new Set<string>();
  for (const edge of graph.edges) hadEdges.add(edge.source).add(edge.target);
  const hasEdges = new Set<string>();
  for (const edge of edges) hasEdges.add(edge.source).add(edge.target);
  return composeServiceGraph(
    graph.nodes.filter((n) => hasEdges.has(n.key) || !hadEdges.has(n.key)),
    edges,
  );
}
