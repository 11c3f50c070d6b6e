import { formatFilter } from "../../filter/formatFilter";
import type { FilterNode, FilterOperator, ServiceRef } from "../../filter/FilterNode";
import type {
  FilterServiceRef,
  HistogramRange,
  HistogramStatus,
  HistogramSubject,
} from "./HistogramSubject";

const at = { from: 0, to: 0 };

function keyword(name: string, op?: FilterOperator, value?: number): FilterNode {
  return {
    kind: "keyword",
    ...at,
    keyword: { text: name, ...at },
    operator: op === undefined ? null : { op, ...at },
    value: value === undefined ? null : { type: "number", value, ...at },
  };
}

function ref(service: FilterServiceRef): ServiceRef {
  if (service.type === undefined || service.type === null)
    return { kind: "name", name: service.name, ...at };
  return {
    kind: "id",
    ...at,
    name: { value: service.name, ...at },
    type: { value: service.type, ...at },
    accountId: null,
  };
}

export interface ResponseTimeFilterOptions {
  readonly subject: HistogramSubject;
  /** The range; null for every response time (the expression then carries only the status). */
  readonly range: HistogramRange | null;
  /** Default "all" (no status keyword). */
  readonly status?: HistogramStatus;
  /** The keyword compared (default "responsetime"; "duration" for durations). */
  readonly metric?: "responsetime" | "duration";
}

/**
 * The filter expression for the requests of a service (or the calls on an edge) in a
 * response-time range, as the console generates it from the latency histogram:
 * `service("api") { responsetime >= 0.1 AND responsetime <= 0.25 }`, or
 * `edge("api", "db") { ... }`, with `id(name: ..., type: ...)` for a reference that carries a type,
 * and the status keyword added inside the braces (`AND fault`). Without a range only the status is
 * required (`service("api") { fault }`), and with neither the braces go (`service("api")`). Built
 * as a syntax tree and printed
 * by `formatFilter`, so names are quoted and escaped and the text parses back to the same tree.
 * @example
 * formatResponseTimeFilter({ subject: { kind: "service", service: { name: "api" } }, range: { from: 0.1, to: 0.25 }, status: "fault" })
 * // 'service("api") { responsetime >= 0.1 AND responsetime <= 0.25 AND fault }'
 */
export function formatResponseTimeFilter(options: ResponseTimeFilterOptions): string {
  const metric = options.metric ?? "responsetime";
  const status = options.status ?? "all";
  const { range } = options;
  const operands = [
    ...(range === null ? [] : [keyword(metric, ">=", range.from), keyword(metric, "<=", range.to)]),
    ...(status === "all" ? [] : [keyword(status)]),
  ];
  const body: FilterNode | null =
    operands.length === 0
      ? null
      : operands.length === 1
        ? operands[0]
        : { kind: "and", ...at, operands };
  const { subject } = options;
  const node: FilterNode =
    subject.kind === "service"
      ? { kind: "service", ...at, ref: ref(subject.service), body }
      : { kind: "edge", ...at, source: ref(subject.source), target: ref(subject.target), body };
  return formatFilter(node);
}
