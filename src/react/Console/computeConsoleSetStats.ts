import type { Trace } from "../../model/Trace";

/** Counts and response-time percentiles (seconds) of one set of traces. */
export interface ConsoleSetStats {
  readonly count: number;
  readonly ok: number;
  readonly error: number;
  readonly throttle: number;
  readonly fault: number;
  /** Null for an empty set. */
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p99: number | null;
}

function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? null;
}

/**
 * Status counts (fault > throttle > error > ok, one status per trace) and nearest-rank response-time
 * percentiles of a set of traces, for the Console's A/B comparison table.
 * @example computeConsoleSetStats(traces).p90
 */
export function computeConsoleSetStats(traces: readonly Trace[]): ConsoleSetStats {
  let ok = 0;
  let error = 0;
  let throttle = 0;
  let fault = 0;
  const times: number[] = [];
  for (const t of traces) {
    const s = t.summary;
    if (s.HasFault) fault++;
    else if (s.HasThrottle) throttle++;
    else if (s.HasError) error++;
    else ok++;
    times.push(s.ResponseTime ?? s.Duration);
  }
  times.sort((a, b) => a - b);
  return {
    count: traces.length,
    ok,
    error,
    throttle,
    fault,
    p50: quantile(times, 0.5),
    p90: quantile(times, 0.9),
    p99: quantile(times, 0.99),
  };
}
