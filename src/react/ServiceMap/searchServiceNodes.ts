import type { ServiceGraphNode } from "../../model/ServiceGraph";

/**
 * Keys of the nodes whose name (or any of their other names) contains `query`, ignoring case and
 * surrounding spaces, in the nodes' order. An empty query matches nothing.
 * @example searchServiceNodes(graph.nodes, "orders") // ['["orders-service","AWS::ECS::Container"]']
 */
export function searchServiceNodes(
  nodes: readonly ServiceGraphNode[],
  query: string,
): readonly string[] {
  const needle = query.trim().toLowerCase();
  if (needle === "") return [];
  const found: string[] = [];
  for (const node of nodes) {
    if (
      node.name.toLowerCase().includes(needle) ||
      node.names.some((name) => name.toLowerCase().includes(needle))
    )
      found.push(node.key);
  }
  return found;
}
