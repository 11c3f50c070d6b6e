import type { Random } from "./createRandom";

/** Shortest latency the workload produces, seconds. */
export const MIN_LATENCY = 0.001;
/** Longest latency the workload produces, seconds. */
export const MAX_LATENCY = 60;

/** A heavy-tailed latency distribution: a log-normal body mixed with a wider, slower tail. */
export interface LatencyModel {
  /** Median of the body, seconds. */
  readonly median: number;
  /** Shape of the body (sigma of the underlying normal). */
  readonly sigma: number;
  /** Share of draws taken from the tail component (default 0.02). */
  readonly tailShare?: number;
  /** Tail median as a multiple of the body median (default 12). */
  readonly tailFactor?: number;
  /** Shape of the tail component (default 1.3). */
  readonly tailSigma?: number;
}

/** One latency draw with whether it came from the tail component. */
export interface LatencyDraw {
  readonly seconds: number;
  readonly slow: boolean;
}

/**
 * Draws one latency, clamped to [1 ms, 60 s]: log-normal(median, sigma), and with probability
 * `tailShare` (default 0.02) log-normal(median × tailFactor (12), tailSigma (1.3)).
 * @example
 * sampleLatency(createRandom(1), { median: 0.12, sigma: 0.8 }); // { seconds: 0.0931..., slow: false }
 */
export function sampleLatency(random: Random, model: LatencyModel): LatencyDraw {
  const slow = random.chance(model.tailShare ?? 0.02);
  const raw = slow
    ? random.logNormal(model.median * (model.tailFactor ?? 12), model.tailSigma ?? 1.3)
    : random.logNormal(model.median, model.sigma);
  return { seconds: Math.min(MAX_LATENCY, Math.max(MIN_LATENCY, raw)), slow };
}
