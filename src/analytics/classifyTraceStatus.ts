import type { TraceSummaryLike } from "./TraceSummaryLike";

/** The status a trace counts under in tables and time series: one per trace. */
export type TraceStatus = "ok" | "error" | "throttle" | "fault";

/** Every trace status, in the order tables and stacked series show them. */
export const TRACE_STATUSES: readonly TraceStatus[] = ["ok", "error", "throttle", "fault"];

/**
 * The one status a trace counts under: `fault` when HasFault, else `throttle` when HasThrottle,
 * else `error` when HasError, else `ok` (the console's precedence: fault > throttle > error), so
 * the OK, error, throttle and fault counts of a group add up to its trace count.
 * @example classifyTraceStatus({ Id, StartTime, HasError: true, HasThrottle: true }) // "throttle"
 */
export function classifyTraceStatus(summary: TraceSummaryLike): TraceStatus {
  if (summary.HasFault === true) return "fault";
  if (summary.HasThrottle === true) return "throttle";
  if (summary.HasError === true) return "error";
  return "ok";
}

/** Index of a trace's status in `TRACE_STATUSES` (0 ok, 1 error, 2 throttle, 3 fault). */
export function traceStatusIndex(summary: TraceSummaryLike): number {
  if (summary.HasFault === true) return 3;
  if (summary.HasThrottle === true) return 2;
  if (summary.HasError === true) return 1;
  return 0;
}
