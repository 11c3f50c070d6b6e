import { describe, expect, it } from "vitest";
import { digestFromHistogramEntries } from "../../src/digest/digestFromHistogramEntries";
import { TDigest } from "../../src/digest/TDigest";
import { toHistogramEntries } from "../../src/digest/toHistogramEntries";
import { latencyMix } from "./latencyData";

const sum = (entries: { Count: number }[]): number => entries.reduce((s, e) => s + e.Count, 0);

describe("toHistogramEntries", () => {
  it("gives one entry per centroid, sorted, with whole counts adding up to the count", () => {
    const digest = new TDigest();
    digest.addAll(latencyMix(50_000, 5).map((ms) => ms / 1000));
    const entries = toHistogramEntries(digest);
    expect(sum(entries)).toBe(50_000);
    for (const e of entries) expect(Number.isInteger(e.Count) && e.Count > 0).toBe(true);
    for (let i = 1; i < entries.length; i++)
      expect(entries[i].Value).toBeGreaterThan(entries[i - 1].Value);
    expect(entries[0]).toEqual({ Value: digest.min, Count: 1 });
    expect(entries[entries.length - 1]).toEqual({ Value: digest.max, Count: 1 });
    expect(entries.length).toBe(digest.centroids().length);
  });

  it("gives at most `buckets` entries, each at its bin's median, when asked", () => {
    const digest = new TDigest();
    digest.addAll(latencyMix(50_000, 6));
    const entries = toHistogramEntries(digest, { buckets: 20 });
    expect(entries.length).toBeLessThanOrEqual(20);
    expect(entries.length).toBeGreaterThan(10);
    expect(sum(entries)).toBe(50_000);
    const back = digestFromHistogramEntries(entries);
    for (const q of [0.1, 0.5, 0.9]) {
      expect(Math.abs(back.cdf(digest.quantile(q)) - q)).toBeLessThan(0.05);
    }
  });

  it("rounds fractional weights so that the counts still add up", () => {
    const digest = new TDigest();
    digest.add(1, 0.4);
    digest.add(2, 0.4);
    digest.add(3, 0.4);
    const entries = toHistogramEntries(digest);
    expect(sum(entries)).toBe(1);
  });

  it("merges centroids at the same value into one entry", () => {
    const digest = new TDigest();
    digest.addAll(new Float64Array(500).fill(0.25));
    expect(toHistogramEntries(digest)).toEqual([{ Value: 0.25, Count: 500 }]);
  });

  it("gives nothing for an empty digest", () => {
    expect(toHistogramEntries(new TDigest())).toEqual([]);
    expect(toHistogramEntries(new TDigest(), { buckets: 5 })).toEqual([]);
  });
});
