import type { ServiceStatistics } from "../../model/ServiceGraph";

/** Completed requests split the way X-Ray colours a node's ring: each request counts once. */
export interface HealthCounts {
  /** 2xx. */
  readonly ok: number;
  /** 4xx other than 429. */
  readonly error: number;
  /** 429. */
  readonly throttle: number;
  /** 5xx. */
  readonly fault: number;
  /** ok + error + throttle + fault. */
  readonly total: number;
}

/** The ring's statuses in drawing order (clockwise from 12 o'clock). */
export const healthStatuses = ["ok", "error", "throttle", "fault"] as const;
export type HealthStatus = (typeof healthStatuses)[number];

const EMPTY: HealthCounts = { ok: 0, error: 0, throttle: 0, fault: 0, total: 0 };

const count = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);

/**
 * Splits X-Ray statistics into the ring's four shares: OK (2xx), error (4xx without the 429s),
 * throttle (429) and fault (5xx), as the console does (error = ErrorStatistics.TotalCount −
 * ThrottleCount). Negative or non-finite counts in a read response count as 0; null statistics
 * (client nodes) give all zeros.
 * @example computeHealthCounts(node.statistics).fault / total // the fault share
 */
export function computeHealthCounts(statistics: ServiceStatistics | null): HealthCounts {
  if (statistics === null) return EMPTY;
  const ok = count(statistics.OkCount);
  const throttle = count(statistics.ErrorStatistics.ThrottleCount);
  const error = Math.max(0, count(statistics.ErrorStatistics.TotalCount) - throttle);
  const fault = count(statistics.FaultStatistics.TotalCount);
  return { ok, error, throttle, fault, total: ok + error + throttle + fault };
}

/** Requests that were not OK (X-Ray's "health" sizing: fault + error + throttle). */
export function countImpacted(counts: HealthCounts): number {
  return counts.error + counts.throttle + counts.fault;
}

/** The status with the most requests (OK on ties with it, then error, throttle, fault); null without requests. */
export function dominantHealthStatus(counts: HealthCounts): HealthStatus | null {
  if (counts.total <= 0) return null;
  let best: HealthStatus = "ok";
  for (const status of healthStatuses) if (counts[status] > counts[best]) best = status;
  return best;
}
