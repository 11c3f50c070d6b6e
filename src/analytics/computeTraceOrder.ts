import { sortIndexByKeys } from "./sortIndexByKeys";
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

/** Dense ranks of the strings (NaN for missing), or null when more than a quarter are distinct
 * (a comparator sort of the rows is cheaper than a Map that large). */
function rankStrings(values: readonly (string | undefined)[]): Float64Array | null {
  const limit = Math.max(1024, values.length >>> 2);
  const codes = new Map<string, number>();
  const strings: string[] = [];
  const raw = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) {
      raw[i] = NaN;
      continue;
    }
    let code = codes.get(v);
    if (code === undefined) {
      if (strings.length === limit) return null;
      code = strings.length;
      codes.set(v, code);
      strings.push(v);
    }
    raw[i] = code;
  }
  strings.sort(); // default order: UTF-16 code units
  const rank = new Float64Array(strings.length);
  for (let r = 0; r < strings.length; r++) rank[codes.get(strings[r])!] = r;
  for (let i = 0; i < raw.length; i++) if (!Number.isNaN(raw[i])) raw[i] = rank[raw[i]];
  return raw;
}

/** Ascending order of mostly distinct strings (ids): one comparator sort, missing last. */
function sortMostlyDistinct(values: readonly (string | undefined)[]): {
  index: Uint32Array;
  present: number;
} {
  const index = new Uint32Array(values.length);
  let present = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== undefined) index[present++] = i;
  let m = present;
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) index[m++] = i;
  index.subarray(0, present).sort((a, b) => {
    const x = values[a]!;
    const y = values[b]!;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  return { index, present };
}

const STRING_KEYS: ReadonlySet<TraceSortKey> = new Set(["id", "method", "url", "clientIp"]);

/**
 * The ascending order of a list of traces by one column, as a typed-array index: numbers sort
 * by value, strings by code units (through dense ranks), rows without a value go last. Read it
 * descending with `traceAtPosition`. O(n log n) with native typed-array sorts: about a tenth of a
 * second for a million rows.
 * @example
 * const order = computeTraceOrder(summaries, "responseTime");
 * summaries[traceAtPosition(order, 0, "descending")]; // the slowest trace
 */
export function computeTraceOrder(items: readonly AnalyticsInput[], key: TraceSortKey): TraceOrder {
  const n = items.length;
  const keys = new Float64Array(n);
  if (STRING_KEYS.has(key)) {
    const values: (string | undefined)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = stringOf(summaryOf(items[i]), key);
      values[i] = typeof v === "string" ? v : undefined;
    }
    const ranks = rankStrings(values);
    if (ranks === null) return { key, ...sortMostlyDistinct(values) };
    for (let i = 0; i < n; i++) keys[i] = ranks[i];
  } else {
    for (let i = 0; i < n; i++) keys[i] = numberOf(summaryOf(items[i]), key);
  }
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
