import type { MutableTraceNode } from "./MutableTraceNode";
import { compareNodes } from "./compareNodes";

/**
 * Orders `children` in place by start time (then id); among siblings that start at the same time,
 * one listed in another's `precursor_ids` comes first. Already ordered lists without precursor ids
 * are left untouched (the common case costs one scan).
 */
export function orderChildren(children: MutableTraceNode[]): void {
  const n = children.length;
  if (n < 2) return;
  let sorted = true;
  let precursors = false;
  for (let i = 0; i < n; i++) {
    if (i > 0 && compareNodes(children[i - 1], children[i]) > 0) sorted = false;
    if (Array.isArray(children[i].entity.precursor_ids)) precursors = true;
  }
  if (!sorted) children.sort(compareNodes);
  if (!precursors) return;
  let runStart = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || children[i].startTime !== children[runStart].startTime) {
      if (i - runStart > 1) orderTies(children, runStart, i);
      runStart = i;
    }
  }
}

/**
 * Reorders children[from, to) (equal start times) so that precursors come first, otherwise keeping
 * the current order: Kahn's algorithm taking the lowest ready position each time. Precursor
 * cycles (contradictory data) are broken at the lowest position.
 */
function orderTies(children: MutableTraceNode[], from: number, to: number): void {
  const run = children.slice(from, to);
  const position = new Map<string, number>();
  for (let i = 0; i < run.length; i++) position.set(run[i].id, i);
  const waitingOn = new Array<number>(run.length).fill(0);
  const followers: number[][] = run.map(() => []);
  let any = false;
  for (let i = 0; i < run.length; i++) {
    const ids = run[i].entity.precursor_ids;
    if (!Array.isArray(ids)) continue;
    for (const id of new Set(ids)) {
      const p = typeof id === "string" ? position.get(id) : undefined;
      if (p === undefined || p === i) continue;
      waitingOn[i]++;
      followers[p].push(i);
      any = true;
    }
  }
  if (!any) return;
  const ready = new MinHeap();
  for (let i = 0; i < run.length; i++) if (waitingOn[i] === 0) ready.push(i);
  const placed = new Array<boolean>(run.length).fill(false);
  let out = from;
  let scan = 0;
  while (out < to) {
    let next = ready.pop();
    if (next === undefined) {
      while (placed[scan]) scan++;
      next = scan; // a precursor cycle: take the lowest position left
    }
    if (placed[next]) continue;
    placed[next] = true;
    children[out++] = run[next];
    for (const f of followers[next]) if (--waitingOn[f] === 0) ready.push(f);
  }
}

/** A binary min-heap of positions. */
class MinHeap {
  private readonly items: number[] = [];

  push(value: number): void {
    const items = this.items;
    let i = items.length;
    items.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (items[p] <= value) break;
      items[i] = items[p];
      i = p;
    }
    items[i] = value;
  }

  pop(): number | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    const n = items.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const c = l + 1 < n && items[l + 1] < items[l] ? l + 1 : l;
        if (items[c] >= last) break;
        items[i] = items[c];
        i = c;
      }
      items[i] = last;
    }
    return top;
  }
}
