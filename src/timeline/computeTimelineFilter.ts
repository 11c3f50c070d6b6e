import type { TraceNode } from "../model/index";
import type { TimelineRows } from "./TimelineRows";

/** Which rows match a node predicate, and which must stay visible to show the matches. */
export interface TimelineFilter {
  /** 1 where the row's node matches (group rows never match themselves). */
  readonly match: Uint8Array;
  /** 1 where the row matches or has a matching descendant (the ancestors of matches are kept). */
  readonly keep: Uint8Array;
  /** Number of matching rows. */
  readonly matchCount: number;
}

/**
 * Evaluates a node predicate (for example `compileFilter(text).matchesNode`) once per row, in
 * O(n), and marks the ancestors of every match so a "hide" view keeps the path to it.
 * @example
 * const filter = computeTimelineFilter(rows, (node) => node.fault);
 * computeVisibleTimelineRows(rows, { filter, filterMode: "hide" });
 */
export function computeTimelineFilter(
  rows: TimelineRows,
  predicate: (node: TraceNode) => boolean,
): TimelineFilter {
  const { count, nodes, parent } = rows;
  const match = new Uint8Array(count);
  const keep = new Uint8Array(count);
  let matchCount = 0;
  for (let i = 0; i < count; i++) {
    const node = nodes[i];
    if (node !== null && predicate(node)) {
      match[i] = 1;
      matchCount++;
    }
  }
  // Reverse pre-order: every descendant is seen before its ancestors.
  for (let i = count - 1; i >= 0; i--) {
    if (match[i] === 1) keep[i] = 1;
    if (keep[i] === 1 && parent[i] >= 0) keep[parent[i]] = 1;
  }
  return Object.freeze({ match, keep, matchCount });
}
