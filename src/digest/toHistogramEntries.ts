import { computeHistogram } from "./computeHistogram";
import type { HistogramEntry } from "./HistogramEntry";
import type { TDigest } from "./TDigest";

export interface ToHistogramEntriesOptions {
  /**
   * How many entries at most. Default: one entry per centroid (call `compress()` first for about
   * δ/2 of them). With `buckets`, entries stand for the bins of a dynamic histogram, each at the
   * value of its median.
   */
  readonly buckets?: number;
}

/**
 * An X-Ray `HistogramEntry[]` (`{ Value, Count }`, sorted by Value) for a digest, in the digest's
 * unit (X-Ray uses seconds). Counts are whole numbers that add up to the rounded count; entries
 * that round to 0 are left out. Does not change the digest.
 * @example
 * const ResponseTimeHistogram = toHistogramEntries(edgeDigest, { buckets: 40 });
 */
export function toHistogramEntries(
  digest: TDigest,
  options: ToHistogramEntriesOptions = {},
): HistogramEntry[] {
  const total = digest.count;
  if (total === 0) return [];
  const values: number[] = [];
  const weights: number[] = [];
  if (options.buckets === undefined) {
    for (const { mean, weight } of digest.centroids()) {
      if (values.length > 0 && values[values.length - 1] === mean) {
        weights[weights.length - 1] += weight;
      } else {
        values.push(mean);
        weights.push(weight);
      }
    }
  } else {
    const { bins, below } = computeHistogram(digest, {
      bins: options.buckets,
      mode: "dynamic",
      percentiles: [],
    });
    let before = below;
    for (const bin of bins) {
      if (bin.count > 0) {
        values.push(digest.quantile(Math.min(1, (before + bin.count / 2) / total)));
        weights.push(bin.count);
      }
      before += bin.count;
    }
  }
  const entries: HistogramEntry[] = [];
  let cumulative = 0;
  let rounded = 0;
  for (let i = 0; i < values.length; i++) {
    cumulative += weights[i];
    const next = Math.round(cumulative);
    if (next > rounded) entries.push({ Value: values[i], Count: next - rounded });
    rounded = next;
  }
  return entries;
}
