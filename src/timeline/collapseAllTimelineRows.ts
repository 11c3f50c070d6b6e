import type { TimelineRows } from "./TimelineRows";

/**
 * The collapsed set that collapses every row with children (only the top level stays visible).
 * @example setCollapsed(collapseAllTimelineRows(rows));
 */
export function collapseAllTimelineRows(rows: TimelineRows): ReadonlySet<string> {
  const out = new Set<string>();
  const { count, ids, subtreeEnd } = rows;
  for (let i = 0; i < count; i++) if (subtreeEnd[i] > i + 1) out.add(ids[i]);
  return out;
}
