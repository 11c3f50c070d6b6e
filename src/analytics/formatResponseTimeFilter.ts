/**
 * The filter expression for response times in [from, to] seconds, as X-Ray's console generates
 * from a drag selection: `responsetime >= from AND responsetime <= to`. Bounds are written as
 * given (round them first), and swapped when from > to. Throws a RangeError for a bound that is
 * not a finite number (a programmer error).
 * @example formatResponseTimeFilter(0.1, 0.25) // "responsetime >= 0.1 AND responsetime <= 0.25"
 */
export function formatResponseTimeFilter(from: number, to: number): string {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new RangeError("formatResponseTimeFilter: bounds must be finite numbers");
  }
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  return `responsetime >= ${String(lo + 0)} AND responsetime <= ${String(hi + 0)}`;
}
