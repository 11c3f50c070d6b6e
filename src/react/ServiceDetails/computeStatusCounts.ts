import type { ServiceStatistics } from "../../model/ServiceGraph";
import type { HistogramStatus } from "../LatencyHistogram/HistogramSubject";

/**
 * Requests per status option, as the filter keywords count them: all, ok (2xx), error (every 4xx,
 * throttles included, like the `error` keyword), throttle (429), fault (5xx). All zeros for null.
 * @example computeStatusCounts(node.statistics).fault
 */
export function computeStatusCounts(
  statistics: ServiceStatistics | null,
): Readonly<Record<HistogramStatus, number>> {
  if (statistics === null) return { all: 0, ok: 0, error: 0, throttle: 0, fault: 0 };
  return {
    all: statistics.TotalCount,
    ok: statistics.OkCount,
    error: statistics.ErrorStatistics.TotalCount,
    throttle: statistics.ErrorStatistics.ThrottleCount,
    fault: statistics.FaultStatistics.TotalCount,
  };
}
