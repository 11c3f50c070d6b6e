import type { TraceSortKey } from "../../analytics/computeTraceOrder";
import type { TraceSummaryLike } from "../../analytics/TraceSummaryLike";
import { formatTraceAge } from "./formatTraceAge";
import { formatTraceSeconds } from "./formatTraceSeconds";

/** A column of the trace list. */
export type TraceListColumn =
  "id" | "age" | "method" | "response" | "responseTime" | "url" | "clientIp" | "annotations";

export interface TraceListColumnSpec {
  readonly id: TraceListColumn;
  readonly label: string;
  /** The trace order the column sorts by. */
  readonly sortKey: TraceSortKey;
  /** True when ascending in the column means descending on the key (age ↔ start time). */
  readonly reversed: boolean;
  /** CSS grid track. */
  readonly width: string;
  readonly numeric: boolean;
  /** The cell's text. */
  readonly text: (summary: TraceSummaryLike, now: number) => string;
}

const http = (s: TraceSummaryLike, key: "HttpURL" | "HttpMethod" | "ClientIp"): string => {
  const h = s.Http;
  if (h === null || typeof h !== "object" || !Object.hasOwn(h, key)) return "";
  const v: unknown = h[key];
  return typeof v === "string" ? v : "";
};

/** The HTTP status of a summary, or undefined. */
export function httpStatusOf(s: TraceSummaryLike): number | undefined {
  const h = s.Http;
  if (h === null || typeof h !== "object" || !Object.hasOwn(h, "HttpStatus")) return undefined;
  const v: unknown = h.HttpStatus;
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

function annotationCount(s: TraceSummaryLike): number {
  const a = s.Annotations;
  return a !== null && typeof a === "object" ? Object.keys(a).length : 0;
}

/** The list's columns, in X-Ray's order. */
export const traceListColumns: readonly TraceListColumnSpec[] = [
  {
    id: "id",
    label: "ID",
    sortKey: "id",
    reversed: false,
    width: "minmax(120px, 1.2fr)",
    numeric: false,
    text: (s) => (typeof s.Id === "string" ? s.Id : ""),
  },
  {
    id: "age",
    label: "Age",
    sortKey: "startTime",
    reversed: true,
    width: "72px",
    numeric: true,
    text: (s, now) => formatTraceAge(now - s.StartTime),
  },
  {
    id: "method",
    label: "Method",
    sortKey: "method",
    reversed: false,
    width: "76px",
    numeric: false,
    text: (s) => http(s, "HttpMethod"),
  },
  {
    id: "response",
    label: "Response",
    sortKey: "httpStatus",
    reversed: false,
    width: "88px",
    numeric: true,
    text: (s) => String(httpStatusOf(s) ?? "—"),
  },
  {
    id: "responseTime",
    label: "Response time",
    sortKey: "responseTime",
    reversed: false,
    width: "112px",
    numeric: true,
    text: (s) => formatTraceSeconds(s.ResponseTime),
  },
  {
    id: "url",
    label: "URL",
    sortKey: "url",
    reversed: false,
    width: "minmax(160px, 3fr)",
    numeric: false,
    text: (s) => http(s, "HttpURL"),
  },
  {
    id: "clientIp",
    label: "Client IP",
    sortKey: "clientIp",
    reversed: false,
    width: "minmax(90px, 0.8fr)",
    numeric: false,
    text: (s) => http(s, "ClientIp"),
  },
  {
    id: "annotations",
    label: "Annotations",
    sortKey: "annotationCount",
    reversed: false,
    width: "100px",
    numeric: true,
    text: (s) => String(annotationCount(s)),
  },
];

/** The CSS grid template of the list's rows. */
export const traceListGridTemplate = traceListColumns.map((c) => c.width).join(" ");
