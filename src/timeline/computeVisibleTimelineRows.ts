import type { TimelineFilter } from "./computeTimelineFilter";
import type { TimelineRows } from "./TimelineRows";

/** `dim`: non-matching rows stay, drawn faint; `hide`: only matches and their ancestors stay. */
export type TimelineFilterMode = "dim" | "hide";

export interface VisibleTimelineRowsOptions {
  /** Ids of collapsed rows: their descendants are not visible. */
  readonly collapsed?: ReadonlySet<string>;
  readonly filter?: TimelineFilter | null;
  /** Default `dim` (the filter then changes no visibility). */
  readonly filterMode?: TimelineFilterMode;
}

/** The rows on screen (in order), as indices into `TimelineRows`. */
export interface VisibleTimelineRows {
  /** Row indices, strictly increasing. */
  readonly indices: Int32Array;
  readonly count: number;
  /** Position of a row in `indices` (binary search), or -1 when the row is not visible. */
  readonly positionOf: (row: number) => number;
}

/**
 * Flattens the rows that are visible given the collapsed rows and a filter. Collapsed and hidden
 * subtrees are skipped in one jump each (`subtreeEnd`), so the cost is O(visible rows), not
 * O(rows); call it when collapse or filter change, never per frame.
 * @example
 * const visible = computeVisibleTimelineRows(rows, { collapsed: new Set([rows.ids[0]]) });
 */
export function computeVisibleTimelineRows(
  rows: TimelineRows,
  options: VisibleTimelineRowsOptions = {},
): VisibleTimelineRows {
  const collapsed = options.collapsed;
  const checkCollapsed = collapsed !== undefined && collapsed.size > 0;
  const keep = options.filterMode === "hide" && options.filter ? options.filter.keep : null;
  const { count, ids, subtreeEnd } = rows;
  let out = new Int32Array(Math.min(count, 1024));
  let n = 0;
  let i = 0;
  while (i < count) {
    if (keep !== null && keep[i] === 0) {
      i = subtreeEnd[i];
      continue;
    }
    if (n === out.length) {
      const grown = new Int32Array(Math.min(count, out.length * 2));
      grown.set(out);
      out = grown;
    }
    out[n++] = i;
    const end = subtreeEnd[i];
    i = checkCollapsed && end > i + 1 && collapsed.has(ids[i]) ? end : i + 1;
  }
  const indices = out.subarray(0, n);
  const positionOf = (row: number): number => {
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = indices[mid];
      if (v === row) return mid;
      if (v < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  return Object.freeze({ indices, count: n, positionOf });
}
