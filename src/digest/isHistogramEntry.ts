import type { HistogramEntry } from "./HistogramEntry";

/**
 * True when `value` is a usable X-Ray histogram entry: an object whose own `Value` is a finite
 * number and whose own `Count` is a finite number ≥ 0.
 * @example entries.filter(isHistogramEntry)
 */
export function isHistogramEntry(value: unknown): value is HistogramEntry {
  if (typeof value !== "object" || value === null) return false;
  if (!Object.hasOwn(value, "Value") || !Object.hasOwn(value, "Count")) return false;
  const { Value, Count } = value as { Value: unknown; Count: unknown };
  return (
    typeof Value === "number" &&
    Number.isFinite(Value) &&
    typeof Count === "number" &&
    Number.isFinite(Count) &&
    Count >= 0
  );
}
