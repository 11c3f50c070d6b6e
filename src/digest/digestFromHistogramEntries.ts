import type { HistogramEntry } from "./HistogramEntry";
import { isHistogramEntry } from "./isHistogramEntry";
import { TDigest, type TDigestOptions } from "./TDigest";

/**
 * A digest of an X-Ray histogram (`ResponseTimeHistogram`, `DurationHistogram`; entries in any
 * order), in the entries' unit (seconds). An entry of whole Count c ≥ 2 is added as up to two
 * unit samples at each end and one centroid of the rest in between, all at Value, so its weight
 * stays at Value instead of spreading toward the neighbouring values. Entries that fail `isHistogramEntry` and
 * entries with Count 0 are skipped (check with `isHistogramEntry` to report them).
 * @example
 * const digest = digestFromHistogramEntries(service.ResponseTimeHistogram);
 * digest.merge(digestFromHistogramEntries(otherEdge.ResponseTimeHistogram)).quantile(0.99);
 */
export function digestFromHistogramEntries(
  entries: readonly HistogramEntry[],
  options: TDigestOptions = {},
): TDigest {
  const digest = new TDigest(options);
  for (const entry of entries) {
    if (!isHistogramEntry(entry) || entry.Count === 0) continue;
    const { Value, Count } = entry;
    if (Number.isInteger(Count) && Count >= 2) {
      // Unit samples around the bulk: a merge pass may join an outer one to a neighbouring value,
      // the inner ones keep the bulk's interpolation flat at Value.
      const ends = Math.min(2, Math.floor(Count / 2));
      for (let i = 0; i < ends; i++) digest.add(Value);
      if (Count > 2 * ends) digest.add(Value, Count - 2 * ends);
      for (let i = 0; i < ends; i++) digest.add(Value);
    } else {
      digest.add(Value, Count);
    }
  }
  return digest;
}
