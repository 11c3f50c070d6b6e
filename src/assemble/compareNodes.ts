import type { MutableTraceNode } from "./MutableTraceNode";

/** Order of siblings and roots: start time, then id (so the order never depends on input order). */
export function compareNodes(a: MutableTraceNode, b: MutableTraceNode): number {
  const d = a.startTime - b.startTime;
  if (d < 0) return -1;
  if (d > 0) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
