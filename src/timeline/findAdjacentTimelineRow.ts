/**
 * The next (direction 1) or previous (-1) entry of an increasing list of row indices after or
 * before `from`, wrapping around at the ends; -1 when the list is empty. O(log n).
 * @example findAdjacentTimelineRow(matches, focusedRow, 1) // the next search match below
 */
export function findAdjacentTimelineRow(
  sorted: ArrayLike<number>,
  from: number,
  direction: 1 | -1,
): number {
  const n = sorted.length;
  if (n === 0) return -1;
  // First position whose value is > from (direction 1) or >= from (direction -1).
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (direction === 1 ? sorted[mid] <= from : sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  if (direction === 1) return sorted[lo === n ? 0 : lo];
  return sorted[lo === 0 ? n - 1 : lo - 1];
}
