/**
 * A new collapsed set with `id` toggled (or forced with `collapse`); the input is not changed.
 * @example toggleTimelineRow(collapsed, row.id) // collapses an expanded row, expands a collapsed one
 */
export function toggleTimelineRow(
  collapsed: ReadonlySet<string>,
  id: string,
  collapse: boolean = !collapsed.has(id),
): ReadonlySet<string> {
  if (collapse === collapsed.has(id)) return collapsed;
  const next = new Set(collapsed);
  if (collapse) next.add(id);
  else next.delete(id);
  return next;
}
