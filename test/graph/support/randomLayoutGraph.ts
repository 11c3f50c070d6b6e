import { createSeededRandom } from "../../../src/graph/createSeededRandom";
import type { ServiceGraphLayoutInput } from "../../../src/graph/layoutServiceGraph";

/**
 * A random layered service-like graph for layout tests and benchmarks: `clients` client nodes,
 * every other node called by at least one node of a lower index (so clients are upstream), and
 * the remaining edges random forward calls.
 */
export function randomLayoutGraph(
  nodeCount: number,
  edgeCount: number,
  seed = 1,
  clients = Math.max(1, Math.round(nodeCount / 200)),
): ServiceGraphLayoutInput {
  const random = createSeededRandom(seed);
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    key: `n${String(i).padStart(6, "0")}`,
    kind: i < clients ? ("client" as const) : ("service" as const),
  }));
  const edges: { source: string; target: string }[] = [];
  const seen = new Set<string>();
  const add = (s: number, t: number): void => {
    const key = `${s} ${t}`;
    if (s === t || seen.has(key)) return;
    seen.add(key);
    edges.push({ source: nodes[s].key, target: nodes[t].key });
  };
  for (let t = clients; t < nodeCount; t++)
    add(Math.floor(random() * Math.min(t, clients + (t - clients) / 2 + 1)), t);
  let guard = 0;
  while (edges.length < edgeCount && guard++ < edgeCount * 20) {
    const t = clients + Math.floor(random() * (nodeCount - clients));
    add(clients + Math.floor(random() * Math.max(1, t - clients)), t);
  }
  return { nodes, edges };
}
