import { sortIndexByKeys } from "./sortIndexByKeys";
import { sortRowsByStrings } from "./sortRowsByStrings";
import { summaryOf } from "./summaryOf";
import type { AnalyticsInput, TraceSummaryLike } from "./TraceSummaryLike";

/** A trace-list column traces can be ordered by. */
export type TraceSortKey =
  | "id"
  | "startTime"
  | "method"
  | "httpStatus"
  | "responseTime"
  | "duration"
  | "url"
  | "clientIp"
  | "annotationCount";

export type SortDirection = "ascending" | "descending";

/** Rows of a trace list ordered by one key, ascending; computed once, read in both directions. */
export interface TraceOrder {
  readonly key: TraceSortKey;
  /** Row numbers by ascending key (ties by row), rows without a value last. */
  readonly index: Uint32Array;
  /** How many rows have a value (they come first in `index`). */
  readonly present: number;
}

const finite = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : NaN);

function http(s: TraceSummaryLike, key: "HttpMethod" | "HttpURL" | "ClientIp"): unknown {
  const h = s.Http;
  return h !== null && typeof h === "object" && Object.hasOwn(h, key) ? h[key] : undefined;
}

function numberOf(s: TraceSummaryLike, key: TraceSortKey): number {
  switch (key) {
    case "startTime":
      return finite(s.StartTime);
    case "responseTime":
      return finite(s.ResponseTime);
    case "duration":
      return finite(s.Duration);
    case "httpStatus": {
      const h = s.Http;
      return h !== null && typeof h === "object" && Object.hasOwn(h, "HttpStatus")
        ? finite(h.HttpStatus)
        : NaN;
    }
    default: {
      const a = s.Annotations;
      return a !== null && typeof a === "object" ? Object.keys(a).length : 0;
    }
  }
}

function stringOf(s: TraceSummaryLike, key: TraceSortKey): unknown {
  if (key === "id") return s.Id;
  return http(s, key === "method" ? "HttpMethod" : key === "url" ? "HttpURL" : "ClientIp");
}

const STRING_KEYS: ReadonlySet<TraceSortKey> = new Set(["id", "method", "url", "clientIp"]);

/**
 * The ascending order of a list of traces by one column, as a typed-array index: numbers sort
 * by value (radix sort of their bits), strings by UTF-16 code units (MSD radix sort), rows without
 * a value go last. Read it descending with `traceAtPosition`. Linear-time radix passes, no
 * comparator calls on the bulk: a million rows order in a fraction of a second.
 * @example
 * const order = computeTraceOrder(summaries, "responseTime");
 * summaries[traceAtPosition(order, 0, "descending")]; // the slowest trace
 */
export function computeTraceOrder(items: readonly AnalyticsInput[], key: TraceSortKey): TraceOrder {
  const n = items.length;
  if (STRING_KEYS.has(key)) {
    const values: (string | undefined)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = stringOf(summaryOf(items[i]), key);
      values[i] = typeof v === "string" ? v : undefined;
    }
    let present = 0;
    const index = new Uint32Array(n);
    for (let i = 0; i < n; i++) if (values[i] !== undefined) index[present++] = i;
    let m = present;
    for (let i = 0; i < n; i++) if (values[i] === undefined) index[m++] = i;
    sortRowsByStrings(values, index.subarray(0, present));
    return { key, index, present };
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = numberOf(summaryOf(items[i]), key);
  const { index, present } = sortIndexByKeys(keys);
  return { key, index, present };
}

/**
 * The row at `position` of an order read ascending or descending; descending keeps the rows
 * without a value last (and ties in reverse row order).
 * @example traceAtPosition(order, 0, "descending")
 */
export function traceAtPosition(
  order: TraceOrder,
  position: number,
  direction: SortDirection,
): number {
  if (direction === "ascending" || position >= order.present) return order.index[position];
  return order.index[order.present - 1 - position];
}
