import { focusServiceGraph } from "../../graph/focusServiceGraph";
import { pruneServiceGraphEdges } from "../../graph/pruneServiceGraphEdges";
import type { ServiceGraph } from "../../model/ServiceGraph";

/** Focus on one node and what lies within `hops` calls of it, up- and downstream. */
export interface ServiceMapFocus {
  readonly key: string;
  /** Hops in each direction (at least 0). */
  readonly hops: number;
}

/** The node and edge keys the map shows; null sets mean "all". */
export interface ShownElements {
  readonly nodes: ReadonlySet<string> | null;
  readonly edges: ReadonlySet<string> | null;
}

export interface ShownElementsOptions {
  /** Show only this node's neighbourhood (null: the whole graph). */
  readonly focus?: ServiceMapFocus | null;
  /** Hide edges with fewer calls than this (0 or 1 hides nothing but empty edges; default 0). */
  readonly minEdgeCount?: number;
}

/**
 * Which nodes and edges to show: edges below `minEdgeCount` calls are hidden first
 * (`pruneServiceGraphEdges`), then, with a focus, only the nodes within `hops` calls of the focus
 * node along the remaining edges, in both directions (`focusServiceGraph`), and the edges among
 * them. Nodes are never hidden by the traffic threshold. An unknown focus key shows nothing.
 * @example computeShownElements(graph, { focus: { key, hops: 2 }, minEdgeCount: 10 })
 */
export function computeShownElements(
  graph: ServiceGraph,
  options: ShownElementsOptions = {},
): ShownElements {
  const minCount = options.minEdgeCount ?? 0;
  const focus = options.focus ?? null;
  if (focus === null && minCount <= 0) return { nodes: null, edges: null };
  const pruned = minCount > 0 ? pruneServiceGraphEdges(graph, { minCount }) : graph;
  if (focus === null) return { nodes: null, edges: new Set(pruned.edges.map((e) => e.key)) };
  const hops = Math.max(0, Math.floor(focus.hops));
  const around = focusServiceGraph(pruned, focus.key, { upstream: hops, downstream: hops });
  return {
    nodes: new Set(around.nodes.map((n) => n.key)),
    edges: new Set(around.edges.map((e) => e.key)),
  };
}
