import type { ServiceGraph, ServiceGraphEdge } from "../model/ServiceGraph";
import { composeServiceGraph } from "./composeServiceGraph";

const push = (map: Map<string, ServiceGraphEdge[]>, key: string, edge: ServiceGraphEdge): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [edge]);
  else list.push(edge);
};

export interface FocusServiceGraphOptions {
  /** Hops to follow against the edges, towards callers (default 1). */
  readonly upstream?: number;
  /** Hops to follow along the edges, towards callees (default 1). */
  readonly downstream?: number;
}

/**
 * The part of a graph around one node: the nodes within `upstream` hops of callers and
 * `downstream` hops of callees (breadth-first, no recursion), and the edges among them. Nodes and
 * edges are the graph's own objects (ReferenceIds kept); an unknown key gives an empty graph.
 *
 * @example
 * focusServiceGraph(graph, serviceNodeKey("api", "AWS::ECS::Container"), { upstream: 1, downstream: 2 });
 */
export function focusServiceGraph(
  graph: ServiceGraph,
  key: string,
  options: FocusServiceGraphOptions = {},
): ServiceGraph {
  const focus = graph.nodeByKey.get(key);
  if (focus === undefined) return composeServiceGraph([], []);
  const incoming = new Map<string, ServiceGraphEdge[]>();
  const outgoing = new Map<string, ServiceGraphEdge[]>();
  for (const edge of graph.edges) {
    push(incoming, edge.target, edge);
    push(outgoing, edge.source, edge);
  }
  const kept = new Set<string>([key]);
  const walk = (
    hops: number,
    next: Map<string, ServiceGraphEdge[]>,
    end: "source" | "target",
  ): void => {
    let frontier = [key];
    const seen = new Set<string>([key]);
    for (let hop = 0; hop < hops && frontier.length > 0; hop++) {
      const following: string[] = [];
      for (const at of frontier) {
        for (const edge of next.get(at) ?? []) {
          const other = edge[end];
          if (seen.has(other)) continue;
          seen.add(other);
          kept.add(other);
          following.push(other);
        }
      }
      frontier = following;
    }
  };
  walk(Math.max(0, options.upstream ?? 1), incoming, "source");
  walk(Math.max(0, options.downstream ?? 1), outgoing, "target");
  return composeServiceGraph(
    graph.nodes.filter((n) => kept.has(n.key)),
    graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  );
}
