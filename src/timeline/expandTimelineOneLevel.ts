import type { TimelineRows } from "./TimelineRows";
import type { VisibleTimelineRows } from "./computeVisibleTimelineRows";

/**
 * Expands one more level everywhere: every visible collapsed row opens (its children appear,
 * still collapsed if they were). O(visible rows). Returns the input when nothing is collapsed.
 * @example setCollapsed(expandTimelineOneLevel(rows, visible, collapsed));
 */
export function expandTimelineOneLevel(
  rows: TimelineRows,
  visible: VisibleTimelineRows,
  collapsed: ReadonlySet<string>,
): ReadonlySet<string> {
  if (collapsed.size === 0) return collapsed;
  let next: Set<string> | null = null;
  const { indices, count } = visible;
  for (let p = 0; p < count; p++) {
    const id = rows.ids[indices[p]];
    if (collapsed.has(id)) {
      next ??= new Set(collapsed);
      next.delete(id);
    }
  }
  return next ?? collapsed;
}

/**
 * Collapses the deepest level of visible expanded rows (the inverse step of
 * `expandTimelineOneLevel`). O(visible rows).
 * @example setCollapsed(collapseTimelineOneLevel(rows, visible, collapsed));
 */
export function collapseTimelineOneLevel(
  rows: TimelineRows,
  visible: VisibleTimelineRows,
  collapsed: ReadonlySet<string>,
): ReadonlySet<string> {
  const { indices, count } = visible;
  const { ids, depth, subtreeEnd } = rows;
  let deepest = -1;
  for (let p = 0; p < count; p++) {
    const i = indices[p];
    if (subtreeEnd[i] > i + 1 && !collapsed.has(ids[i]) && depth[i] > deepest) deepest = depth[i];
  }
  if (deepest < 0) return collapsed;
  const next = new Set(collapsed);
  for (let p = 0; p < count; p++) {
    const i = indices[p];
    if (depth[i] === deepest && subtreeEnd[i] > i + 1) next.add(ids[i]);
  }
  return next;
}
