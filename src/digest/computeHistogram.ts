import type { TDigest } from "./TDigest";

export interface HistogramOptions {
  /** How many bins, default 50 (dynamic mode returns fewer when edges coincide). */
  readonly bins?: number;
  /** The value axis the bins are spaced on, default "linear". */
  readonly axis?: "linear" | "log";
  /**
   * "equal" (default): equal widths on the axis. "dynamic": half of the edges equal-width on the
   * axis, half at quantiles spaced densely toward both tails (q = (1 − cos(πj/m))/2), so no bin is
   * wider than 2/bins of the range, no bin holds more than about π/bins of the weight, and the
   * tails (p99, p99.9, ...) keep bins of their own.
   */
  readonly mode?: "equal" | "dynamic";
  /** The first edge, default the digest's min (on a log axis: its smallest positive mean). */
  readonly from?: number;
  /** The last edge, default the digest's max. */
  readonly to?: number;
  /** Percentile markers to compute, as q in [0, 1], default [0.5, 0.9, 0.99]. */
  readonly percentiles?: readonly number[];
}

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  /** Estimated weight in [from, to) ([from, to] for the last bin). */
  readonly count: number;
  /** count / the digest's count. */
  readonly fraction: number;
}

export interface PercentileMarker {
  readonly q: number;
  readonly value: number;
}

export interface HistogramResult {
  readonly bins: readonly HistogramBin[];
  readonly percentiles: readonly PercentileMarker[];
  /** Weight below the first edge (on a log axis this includes every value ≤ 0). */
  readonly below: number;
  /** Weight above the last edge. */
  readonly above: number;
  /** The digest's count: below + Σ bins + above. */
  readonly count: number;
}

/**
 * Bins a digest for a chart: each bin's count is the difference of the digest's ranks at its
 * edges, so the bins, `below` and `above` add up to the count. Does not change the digest.
 * Throws a RangeError for options it cannot use (bins < 1, from > to, from ≤ 0 on a log axis).
 * @example
 * const { bins, percentiles } = computeHistogram(digest, { axis: "log", mode: "dynamic" });
 */
export function computeHistogram(digest: TDigest, options: HistogramOptions = {}): HistogramResult {
  const binCount = options.bins ?? 50;
  const log = (options.axis ?? "linear") === "log";
  const dynamic = (options.mode ?? "equal") === "dynamic";
  if (!Number.isInteger(binCount) || binCount < 1) {
    throw new RangeError("computeHistogram: bins must be an integer ≥ 1");
  }
  const percentiles = (options.percentiles ?? [0.5, 0.9, 0.99]).map((q) => ({
    q,
    value: digest.count > 0 ? digest.quantile(q) : NaN,
  }));
  const count = digest.count;
  if (count === 0) return { bins: [], percentiles, below: 0, above: 0, count };
  const lo = options.from ?? (log ? smallestPositive(digest) : digest.min);
  const hi = options.to ?? digest.max;
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) {
    throw new RangeError("computeHistogram: from and to must be finite with from ≤ to");
  }
  if (log && lo <= 0) {
    if (options.from !== undefined || options.to !== undefined) {
      throw new RangeError("computeHistogram: a log axis needs from > 0 and to > 0");
    }
    return { bins: [], percentiles, below: count, above: 0, count }; // nothing positive
  }
  const edges =
    lo === hi ? [lo, hi] : axisEdges(lo, hi, dynamic ? Math.ceil(binCount / 2) : binCount, log);
  if (dynamic && lo < hi) addQuantileEdges(digest, edges, binCount - Math.ceil(binCount / 2), log);
  const ranks = edges.map((edge, i) => digest.rank(edge, i === edges.length - 1));
  const bins: HistogramBin[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const c = Math.max(0, ranks[i + 1] - ranks[i]);
    bins.push({ from: edges[i], to: edges[i + 1], count: c, fraction: c / count });
  }
  return { bins, percentiles, below: ranks[0], above: count - ranks[ranks.length - 1], count };
}

/** k + 1 edges equally spaced on the axis from lo to hi (exactly lo and hi at the ends). */
function axisEdges(lo: number, hi: number, k: number, log: boolean): number[] {
  const edges = [lo];
  const a = log ? Math.log(lo) : lo;
  const b = log ? Math.log(hi) : hi;
  for (let i = 1; i < k; i++) {
    const t = i / k;
    const u = b - a < Infinity ? a + (b - a) * t : a * (1 - t) + b * t;
    edges.push(log ? Math.exp(u) : u);
  }
  edges.push(hi);
  return edges;
}

/** Adds m − 1 edges at tail-dense quantiles inside (first, last), then sorts and dedupes. */
function addQuantileEdges(digest: TDigest, edges: number[], m: number, log: boolean): void {
  const lo = edges[0];
  const hi = edges[edges.length - 1];
  const qLo = digest.rank(lo, false) / digest.count;
  const qHi = digest.rank(hi, true) / digest.count;
  for (let j = 1; j < m; j++) {
    const v = digest.quantile(qLo + ((qHi - qLo) * (1 - Math.cos((Math.PI * j) / m))) / 2);
    if (v > lo && v < hi) edges.push(v);
  }
  edges.sort((x, y) => x - y);
  const at = (x: number): number => (log ? Math.log(x) : x);
  const tolerance = (at(hi) - at(lo)) * 1e-9;
  let kept = 1;
  for (let i = 1; i < edges.length; i++) {
    if (at(edges[i]) - at(edges[kept - 1]) > tolerance) edges[kept++] = edges[i];
    else if (i === edges.length - 1) edges[kept - 1] = edges[i]; // keep hi itself
  }
  edges.length = kept;
}

/** The smallest positive centroid mean (or the max), the default first edge of a log axis. */
function smallestPositive(digest: TDigest): number {
  if (digest.min > 0) return digest.min;
  for (const { mean } of digest.centroids()) if (mean > 0) return mean;
  return digest.max;
}
