import { compareAnalyticsValues } from "./computeTraceGroups";
import { formatFieldFilter } from "./formatFieldFilter";
import type { AnalyticsField, AnalyticsValue } from "./readFieldValues";

/** A value's share of one set. */
export interface SetShare {
  readonly count: number;
  /** count / the set's trace count (0 for an empty set). */
  readonly fraction: number;
}

/** One row of a comparison table: a field value in set A and in set B. */
export interface FieldComparisonRow {
  readonly value: AnalyticsValue;
  readonly a: SetShare;
  readonly b: SetShare;
  /** a.fraction − b.fraction: X-Ray's Delta column (×100 for percentage points). */
  readonly delta: number;
  /** The filter expression that selects traces with this value. */
  readonly expression: string;
}

export interface FieldComparison {
  readonly field: AnalyticsField;
  readonly rows: readonly FieldComparisonRow[];
}

/** How comparison rows are ordered. */
export type ComparisonOrder = "count" | "delta";

/**
 * A comparison table from value counts of two sets: one row per value seen in either, ordered by
 * count in A then in B (`count`, default) or by |delta| (`delta`), ties by value.
 */
export function compareFieldCounts(
  field: AnalyticsField,
  a: ReadonlyMap<AnalyticsValue, number>,
  totalA: number,
  b: ReadonlyMap<AnalyticsValue, number>,
  totalB: number,
  order: ComparisonOrder = "count",
): FieldComparison {
  const values = new Set<AnalyticsValue>([...a.keys(), ...b.keys()]);
  const rows: FieldComparisonRow[] = [];
  for (const value of values) {
    const ca = a.get(value) ?? 0;
    const cb = b.get(value) ?? 0;
    const fa = totalA > 0 ? ca / totalA : 0;
    const fb = totalB > 0 ? cb / totalB : 0;
    rows.push({
      value,
      a: { count: ca, fraction: fa },
      b: { count: cb, fraction: fb },
      delta: fa - fb,
      expression: formatFieldFilter(field, value),
    });
  }
  rows.sort(
    (x, y) =>
      (order === "delta" ? Math.abs(y.delta) - Math.abs(x.delta) : 0) ||
      y.a.count - x.a.count ||
      y.b.count - x.b.count ||
      compareAnalyticsValues(x.value, y.value),
  );
  return { field, rows };
}
