import { computeHistogram, type HistogramBin } from "../digest/computeHistogram";
import type { TDigest } from "../digest/TDigest";

export interface DistributionBinsOptions {
  /** Number of equal-width bins on the shared axis, default 40. */
  readonly bins?: number;
  /** `linear` (default) or `log` (needs positive values). */
  readonly axis?: "linear" | "log";
  /** First edge in seconds, default the smallest min of the digests (smallest positive on log). */
  readonly from?: number;
  /** Last edge in seconds, default the largest max of the digests. */
  readonly to?: number;
}

export interface DistributionBins {
  readonly from: number;
  readonly to: number;
  readonly axis: "linear" | "log";
  /** Bin edges shared by every series: bins + 1 values. */
  readonly edges: readonly number[];
  /** Per digest (same order as given; empty for a missing or empty digest), its bins. */
  readonly series: readonly (readonly HistogramBin[])[];
}

function smallestPositive(digest: TDigest): number {
  if (digest.min > 0) return digest.min;
  for (const c of digest.centroids()) if (c.mean > 0) return c.mean;
  return NaN;
}

/**
 * Bins several distributions (all traces, set A, set B) on one shared axis, so their series can
 * be drawn and compared bin by bin. Counts come from each digest's ranks (`computeHistogram`).
 * @example
 * const { edges, series } = computeDistributionBins([all.digest, a.digest, b.digest], { bins: 30 });
 */
export function computeDistributionBins(
  digests: readonly (TDigest | null | undefined)[],
  options: DistributionBinsOptions = {},
): DistributionBins {
  const axis = options.axis ?? "linear";
  const bins = options.bins ?? 40;
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of digests) {
    if (d === null || d === undefined || d.count === 0) continue;
    const min = axis === "log" ? smallestPositive(d) : d.min;
    if (min < lo) lo = min;
    if (d.max > hi) hi = d.max;
  }
  const from = options.from ?? lo;
  let to = options.to ?? hi;
  if (!Number.isFinite(from) || !Number.isFinite(to) || (axis === "log" && !(from > 0))) {
    return { from: 0, to: 0, axis, edges: [], series: digests.map(() => []) };
  }
  if (to <= from) to = axis === "log" ? from * 2 : from + Math.max(Math.abs(from) * 0.1, 0.001);
  // The same edges computeHistogram uses for from, to and bins (equal widths on the axis).
  const a = axis === "log" ? Math.log(from) : from;
  const b = axis === "log" ? Math.log(to) : to;
  const edges: number[] = [from];
  for (let i = 1; i < bins; i++) {
    const u = a + (b - a) * (i / bins);
    edges.push(axis === "log" ? Math.exp(u) : u);
  }
  edges.push(to);
  const series = digests.map((d) =>
    d === null || d === undefined || d.count === 0
      ? []
      : computeHistogram(d, { bins, axis, from, to, percentiles: [] }).bins,
  );
  return { from, to, axis, edges, series };
}
