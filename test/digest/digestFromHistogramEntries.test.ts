import { describe, expect, it } from "vitest";
import { computeHistogram } from "../../src/digest/computeHistogram";
import { digestFromHistogramEntries } from "../../src/digest/digestFromHistogramEntries";
import type { HistogramEntry } from "../../src/digest/HistogramEntry";
import { isHistogramEntry } from "../../src/digest/isHistogramEntry";
import { TDigest } from "../../src/digest/TDigest";
import { toHistogramEntries } from "../../src/digest/toHistogramEntries";
import { corpusFiles, describeCorpus, readCorpus } from "../support/corpus";

/** The samples an X-Ray histogram stands for, sorted. */
function expand(entries: readonly HistogramEntry[]): number[] {
  return entries
    .flatMap(({ Value, Count }) => new Array<number>(Count).fill(Value))
    .sort((a, b) => a - b);
}

/** Every ResponseTimeHistogram / DurationHistogram of a GetServiceGraph response (nodes and edges). */
function histogramsOf(json: unknown): { where: string; entries: HistogramEntry[] }[] {
  const services = ((json as { Services?: unknown[]; data?: unknown[] }).Services ??
    (json as { data?: unknown[] }).data ??
    []) as Record<string, unknown>[];
  const found: { where: string; entries: HistogramEntry[] }[] = [];
  for (const service of services) {
    const name = String(service.Name);
    for (const key of ["ResponseTimeHistogram", "DurationHistogram"]) {
      const entries = service[key];
      if (Array.isArray(entries) && entries.length > 0)
        found.push({ where: `${name} ${key}`, entries });
    }
    for (const edge of (service.Edges as Record<string, unknown>[] | undefined) ?? []) {
      const entries = edge.ResponseTimeHistogram;
      if (Array.isArray(entries) && entries.length > 0) {
        found.push({ where: `${name} → ${String(edge.ReferenceId)}`, entries });
      }
    }
  }
  return found;
}

describe("digestFromHistogramEntries", () => {
  const entries: HistogramEntry[] = [
    { Value: 0.157, Count: 1 },
    { Value: 0.005, Count: 3 },
    { Value: 0.015, Count: 2 },
    { Value: 1.2, Count: 1 },
  ];

  it("reads unsorted entries: count, exact min and max, weight kept at each Value", () => {
    const digest = digestFromHistogramEntries(entries);
    expect(digest.count).toBe(7);
    expect(digest.min).toBe(0.005);
    expect(digest.max).toBe(1.2);
    const samples = expand(entries);
    for (let i = 0; i <= 100; i++) {
      const q = i / 100;
      expect(digest.quantile(q)).toBe(samples[Math.max(1, Math.ceil(q * 7)) - 1]);
    }
  });

  it("keeps a large Count at its Value instead of spreading it toward the neighbours", () => {
    const digest = digestFromHistogramEntries([
      { Value: 0, Count: 49 },
      { Value: 0.2, Count: 3 },
    ]);
    expect(digest.quantile(0.3)).toBe(0);
    expect(digest.quantile(0.9)).toBe(0);
    expect(digest.cdf(0.1)).toBeGreaterThan(0.9);
  });

  it("skips malformed entries and Count 0, and takes fractional counts as weights", () => {
    const digest = digestFromHistogramEntries([
      { Value: 1, Count: 2 },
      { Value: NaN, Count: 1 },
      { Value: 5, Count: -1 },
      { Value: 7, Count: 0 },
      { Value: 2, Count: 0.5 },
      null as unknown as HistogramEntry,
    ]);
    expect(digest.count).toBe(2.5);
    expect(digest.max).toBe(2);
  });

  it("passes the digest options through", () => {
    const digest = digestFromHistogramEntries(entries, { compression: 50, scale: "K_3" });
    expect(digest.compression).toBe(50);
    expect(digest.scale).toBe("K_3");
  });

  it("round-trips through toHistogramEntries for small histograms", () => {
    const back = toHistogramEntries(digestFromHistogramEntries(entries));
    expect(back).toEqual([...entries].sort((a, b) => a.Value - b.Value));
  });
});

describeCorpus("digestFromHistogramEntries on real GetServiceGraph responses", () => {
  const files = corpusFiles().filter((f) => f.includes("GetServiceGraph"));
  const histograms = files.flatMap((file) =>
    histogramsOf(JSON.parse(readCorpus(file))).map((h) => ({ ...h, where: `${file}: ${h.where}` })),
  );

  it("finds histograms, all entries well formed (X-Ray lists them unsorted)", () => {
    expect(histograms.length).toBeGreaterThan(10);
    expect(histograms.every((h) => h.entries.every(isHistogramEntry))).toBe(true);
    const unsorted = histograms.some((h) =>
      h.entries.some((e, i) => i > 0 && e.Value < h.entries[i - 1].Value),
    );
    expect(unsorted).toBe(true);
  });

  it("keeps the count, min and max of every histogram, and its quantiles within one sample's gap", () => {
    for (const { where, entries } of histograms) {
      const digest = digestFromHistogramEntries(entries);
      const samples = expand(entries);
      expect(digest.count, where).toBe(samples.length);
      expect(digest.min, where).toBe(samples[0]);
      expect(digest.max, where).toBe(samples[samples.length - 1]);
      for (const q of [0.25, 0.5, 0.75, 0.9]) {
        const i = Math.max(1, Math.ceil(q * samples.length)) - 1;
        const estimate = digest.quantile(q);
        // A t-digest of ~100 samples may merge two neighbours: the estimate stays between them.
        expect(estimate, `${where} q=${q}`).toBeGreaterThanOrEqual(samples[Math.max(0, i - 2)]);
        expect(estimate, `${where} q=${q}`).toBeLessThanOrEqual(
          samples[Math.min(samples.length - 1, i + 2)],
        );
      }
    }
  });

  it("merges the histograms of a response into one chartable digest", () => {
    const digests = histograms.map((h) => digestFromHistogramEntries(h.entries));
    const merged = new TDigest().merge(...digests);
    const all = histograms.flatMap((h) => expand(h.entries));
    expect(merged.count).toBe(all.length);
    expect(merged.min).toBe(Math.min(...all));
    expect(merged.max).toBe(Math.max(...all));
    const chart = computeHistogram(merged, { axis: "log", mode: "dynamic", bins: 20 });
    const inBins = chart.bins.reduce((s, b) => s + b.count, 0);
    expect(chart.below + inBins + chart.above).toBeCloseTo(all.length, 6);
    expect(chart.below).toBeGreaterThan(0); // the 0 s entries
    expect(toHistogramEntries(merged).reduce((s, e) => s + e.Count, 0)).toBe(all.length);
  });
});
