import type { AnalyticsInput, TraceSummaryLike } from "./TraceSummaryLike";

/**
 * The summary of an analytics input: the input itself when it is a summary, else its `summary`
 * (an assembled `Trace`).
 * @example summaryOf(trace) === trace.summary
 */
export function summaryOf(input: AnalyticsInput): TraceSummaryLike {
  return "summary" in input ? input.summary : input;
}
