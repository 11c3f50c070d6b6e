import type { TimelineRows } from "./TimelineRows";

/**
 * A collapsed set in which `row` is visible: its collapsed ancestors are expanded. O(depth).
 * Returns the input when nothing had to change.
 * @example setCollapsed(revealTimelineRow(rows, collapsed, rows.rowOf(matchId)));
 */
export function revealTimelineRow(
  rows: TimelineRows,
  collapsed: ReadonlySet<string>,
  row: number,
): ReadonlySet<string> {
  if (collapsed.size === 0 || row < 0 || row >= rows.count) return collapsed;
  let next: Set<string> | null = null;
  for (let p = rows.parent[row]; p >= 0; p = rows.parent[p]) {
    const id = rows.ids[p];
    if (collapsed.has(id)) {
      next ??= new Set(collapsed);
      next.delete(id);
    }
  }
  return next ?? collapsed;
}
