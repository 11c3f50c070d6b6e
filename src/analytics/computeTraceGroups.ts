import { traceStatusIndex } from "./classifyTraceStatus";
import { formatFieldFilter } from "./formatFieldFilter";
import { readFieldValues, type AnalyticsField, type AnalyticsValue } from "./readFieldValues";
import { summaryOf } from "./summaryOf";
import type { AnalyticsInput } from "./TraceSummaryLike";

export interface TraceGroupsOptions {
  /** The field to group by, default `http.url` (the console's trace overview). */
  readonly field?: AnalyticsField;
  /** Add a group (value `null`) for traces without the field; default true. */
  readonly includeMissing?: boolean;
}

/** One row of the trace overview: the traces that have one value of the field. */
export interface TraceGroup {
  /** The value; `null` for the traces without the field. */
  readonly value: AnalyticsValue | null;
  /** Traces in the group. */
  readonly count: number;
  /** count / all traces (groups of multi-valued fields may add up to more than 1). */
  readonly fraction: number;
  /** Mean response time in seconds over the group's traces that have one (NaN if none). */
  readonly averageResponseTime: number;
  /** Counts by status (fault > throttle > error > ok, so they add up to `count`). */
  readonly ok: number;
  readonly error: number;
  readonly throttle: number;
  readonly fault: number;
  /** The filter expression that selects the group (`http.url = "…"`, `!http.url`, …). */
  readonly expression: string;
}

export interface TraceGroupsResult {
  readonly field: AnalyticsField;
  /** Every trace seen. */
  readonly total: number;
  /** By count (descending), then value (numbers, then strings, then booleans, ascending);
   * the missing group last. */
  readonly groups: readonly TraceGroup[];
}

interface Accumulator {
  count: number;
  timeSum: number;
  timeCount: number;
  readonly statuses: [number, number, number, number];
}

const TYPE_ORDER = { number: 0, string: 1, boolean: 2 } as const;

/** Ascending order of group values: numbers, then strings (code units), then false, true. */
export function compareAnalyticsValues(a: AnalyticsValue, b: AnalyticsValue): number {
  const ta = TYPE_ORDER[typeof a as keyof typeof TYPE_ORDER];
  const tb = TYPE_ORDER[typeof b as keyof typeof TYPE_ORDER];
  if (ta !== tb) return ta - tb;
  if (typeof a === "number") return a - (b as number);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Groups traces by a field, with the trace overview's columns: average response time, % of
 * traces, and OK, error, throttle and fault counts. A trace with several values (users,
 * services) counts in each. Groups are keyed in a `Map` (user strings never touch a prototype).
 * One pass over any iterable.
 * @example
 * const { groups } = computeTraceGroups(traces, { field: "http.url" });
 * groups[0].expression; // 'http.url = "https://…/api/orders"'
 */
export function computeTraceGroups(
  inputs: Iterable<AnalyticsInput>,
  options: TraceGroupsOptions = {},
): TraceGroupsResult {
  const field = options.field ?? "http.url";
  const includeMissing = options.includeMissing ?? true;
  const groups = new Map<AnalyticsValue | null, Accumulator>();
  let total = 0;
  const add = (key: AnalyticsValue | null, status: number, time: unknown) => {
    let acc = groups.get(key);
    if (acc === undefined) {
      acc = { count: 0, timeSum: 0, timeCount: 0, statuses: [0, 0, 0, 0] };
      groups.set(key, acc);
    }
    acc.count++;
    acc.statuses[status]++;
    if (typeof time === "number" && Number.isFinite(time)) {
      acc.timeSum += time;
      acc.timeCount++;
    }
  };
  for (const input of inputs) {
    total++;
    const summary = summaryOf(input);
    const values = readFieldValues(summary, field);
    const status = traceStatusIndex(summary);
    if (values.length === 0) {
      if (includeMissing) add(null, status, summary.ResponseTime);
    } else for (const value of values) add(value, status, summary.ResponseTime);
  }
  const out: TraceGroup[] = [];
  for (const [value, acc] of groups) {
    out.push({
      value,
      count: acc.count,
      fraction: total > 0 ? acc.count / total : 0,
      averageResponseTime: acc.timeCount > 0 ? acc.timeSum / acc.timeCount : NaN,
      ok: acc.statuses[0],
      error: acc.statuses[1],
      throttle: acc.statuses[2],
      fault: acc.statuses[3],
      expression: formatFieldFilter(field, value),
    });
  }
  out.sort((x, y) => {
    if (x.value === null || y.value === null) return x.value === null ? 1 : -1;
    return y.count - x.count || compareAnalyticsValues(x.value, y.value);
  });
  return { field, total, groups: out };
}
