/**
 * Layer of each node for the left-to-right layout (internal): longest-path layering, so every
 * call goes one or more layers to the right: sources (client nodes and nodes nobody calls) are
 * layer 0, every other node one layer after its deepest caller. Cycles are broken at the node of
 * lowest index still waiting (its unplaced callers are ignored). Kahn's algorithm, iterative,
 * O(nodes + edges).
 *
 * @param count number of nodes (indices 0..count-1, in key order)
 * @param out outgoing neighbour indices per node
 * @param incoming incoming neighbour indices per node
 * @param isSource nodes to put in layer 0 besides those without callers (clients)
 */
export function computeLayoutDepths(
  count: number,
  out: readonly (readonly number[])[],
  incoming: readonly (readonly number[])[],
  isSource: readonly boolean[],
): Int32Array {
  const depth = new Int32Array(count);
  const waiting = new Int32Array(count);
  const done = new Uint8Array(count);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < count; i++) {
    waiting[i] = isSource[i] ? 0 : incoming[i].length;
    if (waiting[i] === 0) queue[tail++] = i;
  }
  let next = 0;
  while (tail < count || head < tail) {
    if (head === tail) {
      while (done[next] === 1 || waiting[next] === 0) next++;
      waiting[next] = 0;
      queue[tail++] = next;
    }
    const at = queue[head++];
    done[at] = 1;
    for (const to of out[at]) {
      if (isSource[to] || done[to] === 1) continue;
      if (depth[at] + 1 > depth[to]) depth[to] = depth[at] + 1;
      if (--waiting[to] === 0) queue[tail++] = to;
    }
  }
  return depth;
}
