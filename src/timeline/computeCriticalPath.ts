import type { Trace, TraceNode } from "../model/index";

/** A stretch of time during which `node` itself (not a child it waits on) held up the request. */
export interface CriticalPathSection {
  readonly node: TraceNode;
  /** Epoch seconds. */
  readonly start: number;
  readonly end: number;
}

/** The critical path of a trace: the chain of work that determined its response time. */
export interface CriticalPath {
  /** Sections in time order; together they cover the root's duration once, without overlap. */
  readonly sections: readonly CriticalPathSection[];
  /** Ids of the nodes on the path, distinct, ordered by their first section. */
  readonly nodeIds: readonly string[];
  /** The sections of one node (empty when it is not on the path). */
  readonly sectionsOf: (id: string) => readonly CriticalPathSection[];
}

const NONE: readonly CriticalPathSection[] = Object.freeze([]);

/**
 * Computes the critical path from the trace's root (or first top-level node when the root never
 * arrived), iteratively in O(n log n).
 *
 * Algorithm ("last-finishing child", as Jaeger's): children are first clipped to their parent's
 * interval (a child starting before its parent or ending after it counts only inside it; one
 * entirely outside is dropped with its subtree); in-progress entities end at the end of the trace.
 * Starting at the root's end, the walk descends into the child that finished last (before the
 * current time); the parent's time after that child is the parent's own. Back from the child, the
 * current time becomes the child's start and the walk takes the parent's next child that finished
 * by then, and so on; with no such child left, the parent's remaining time down to its start is
 * its own and the walk returns to the grandparent. Each node's children are sorted once by end
 * time (the n log n) and scanned with a pointer that only moves forward (the current time only
 * decreases), so the walk itself is O(n).
 *
 * Sibling-ordering assumption: segments carry no causal links, so siblings that do not overlap are
 * taken as sequential (the later one waited for the earlier), and of overlapping siblings only the
 * last to finish is on the path. Parallel work that merely ends early is never on the path even
 * when it gated the next call; such a trace can show a plausible but wrong path.
 * @example
 * const path = computeCriticalPath(trace);
 * path.nodeIds; // ["root-id", "call-id", ...]
 */
export function computeCriticalPath(trace: Trace): CriticalPath {
  const root = trace.root ?? trace.roots[0] ?? null;
  if (root === null) {
    return Object.freeze({ sections: NONE, nodeIds: [], sectionsOf: () => NONE });
  }
  const traceStart = Number.isFinite(trace.startTime) ? trace.startTime : 0;
  const traceEnd = Number.isFinite(trace.endTime) ? trace.endTime : traceStart;
  const startOf = (n: TraceNode) => (Number.isFinite(n.startTime) ? n.startTime : traceStart);
  const endOf = (n: TraceNode) =>
    n.endTime === undefined || n.inProgress || !Number.isFinite(n.endTime)
      ? Math.max(startOf(n), traceEnd)
      : Math.max(startOf(n), n.endTime);

  // 1. Index the root's subtree (clipped, pre-order) with an explicit stack.
  const nodes: TraceNode[] = [root];
  const parent: number[] = [-1];
  const start: number[] = [startOf(root)];
  const end: number[] = [endOf(root)];
  const stack: number[] = [0];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    for (const child of nodes[p].children) {
      const childEnd = endOf(child);
      const s = Math.max(startOf(child), start[p]);
      const e = Math.min(childEnd, end[p]);
      if (e < s) continue;
      const idx = nodes.length;
      nodes.push(child);
      parent.push(p);
      start.push(s);
      end.push(e);
      stack.push(idx);
    }
  }
  const n = nodes.length;

  // 2. Children of each node in one flat array (CSR), each slice sorted by end, latest first.
  const firstChild = new Int32Array(n + 1);
  for (let i = 1; i < n; i++) firstChild[parent[i] + 1]++;
  for (let i = 0; i < n; i++) firstChild[i + 1] += firstChild[i];
  const fill = firstChild.slice(0, n);
  const children = new Int32Array(Math.max(0, n - 1));
  for (let i = 1; i < n; i++) children[fill[parent[i]]++] = i;
  const byEndDesc = (a: number, b: number) => end[b] - end[a] || start[b] - start[a];
  for (let i = 0; i < n; i++) {
    if (firstChild[i + 1] - firstChild[i] > 1) {
      children.subarray(firstChild[i], firstChild[i + 1]).sort(byEndDesc);
    }
  }

  // 3. The walk, backwards in time from the root's end.
  const next = firstChild.slice(0, n);
  const reversed: CriticalPathSection[] = [];
  const push = (i: number, s: number, e: number) => {
    if (e > s) reversed.push(Object.freeze({ node: nodes[i], start: s, end: e }));
  };
  let node = 0;
  let cursor = end[0];
  for (;;) {
    let chosen = -1;
    while (next[node] < firstChild[node + 1]) {
      const c = children[next[node]++];
      if (end[c] <= cursor) {
        chosen = c;
        break;
      }
    }
    if (chosen >= 0) {
      push(node, end[chosen], cursor);
      node = chosen;
      cursor = end[chosen];
    } else {
      push(node, start[node], cursor);
      if (node === 0) break;
      cursor = start[node];
      node = parent[node];
    }
  }

  const sections = reversed.reverse();
  const byId = new Map<string, CriticalPathSection[]>();
  const nodeIds: string[] = [];
  for (const section of sections) {
    const id = section.node.id;
    let list = byId.get(id);
    if (list === undefined) {
      list = [];
      byId.set(id, list);
      nodeIds.push(id);
    }
    list.push(section);
  }
  return Object.freeze({
    sections: Object.freeze(sections),
    nodeIds: Object.freeze(nodeIds),
    sectionsOf: (id: string) => byId.get(id) ?? NONE,
  });
}
