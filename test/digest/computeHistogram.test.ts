import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeHistogram } from "../../src/digest/computeHistogram";
import { TDigest } from "../../src/digest/TDigest";
import { latencyMix } from "./latencyData";

function digestOf(values: ArrayLike<number>): TDigest {
  const digest = new TDigest();
  digest.addAll(values);
  return digest;
}

const latencies = digestOf(latencyMix(200_000, 3));

function expectCountsAddUp(result: ReturnType<typeof computeHistogram>, digest: TDigest): void {
  const inBins = result.bins.reduce((sum, bin) => sum + bin.count, 0);
  expect(result.below + inBins + result.above).toBeCloseTo(digest.count, 6);
  expect(result.count).toBe(digest.count);
  for (const bin of result.bins) {
    expect(bin.count).toBeGreaterThanOrEqual(0);
    expect(bin.fraction).toBeCloseTo(bin.count / digest.count, 12);
    expect(bin.to).toBeGreaterThanOrEqual(bin.from);
  }
  for (let i = 1; i < result.bins.length; i++)
    expect(result.bins[i].from).toBe(result.bins[i - 1].to);
}

describe("computeHistogram", () => {
  it("makes equal-width bins from min to max on a linear axis by default (50 bins)", () => {
    const result = computeHistogram(latencies);
    expect(result.bins).toHaveLength(50);
    expect(result.bins[0].from).toBe(latencies.min);
    expect(result.bins[49].to).toBe(latencies.max);
    const width = (latencies.max - latencies.min) / 50;
    for (const bin of result.bins) expect(bin.to - bin.from).toBeCloseTo(width, 6);
    expect(result.below).toBe(0);
    expect(result.above).toBe(0);
    expectCountsAddUp(result, latencies);
  });

  it("makes geometric bins on a log axis", () => {
    const result = computeHistogram(latencies, { axis: "log", bins: 30 });
    expect(result.bins).toHaveLength(30);
    const ratio = result.bins[0].to / result.bins[0].from;
    for (const bin of result.bins) expect(bin.to / bin.from).toBeCloseTo(ratio, 9);
    expectCountsAddUp(result, latencies);
  });

  it("counts what the digest's ranks say: the bin holding the median has the most weight on a log axis", () => {
    const { bins } = computeHistogram(latencies, { axis: "log", bins: 20 });
    const fullest = bins.reduce((a, b) => (b.count > a.count ? b : a));
    const median = latencies.quantile(0.5);
    expect(Math.abs(Math.log(fullest.from * fullest.to) / 2 - Math.log(median))).toBeLessThan(1.5);
    const bin = bins[7];
    expect(bin.count).toBeCloseTo(latencies.rank(bin.to) - latencies.rank(bin.from), 9);
  });

  it("gives the tails their own bins in dynamic mode while no bin is wider than 2/bins of the range", () => {
    const result = computeHistogram(latencies, { mode: "dynamic", bins: 40 });
    expectCountsAddUp(result, latencies);
    expect(result.bins.length).toBeLessThanOrEqual(40);
    expect(result.bins.length).toBeGreaterThan(30);
    const range = latencies.max - latencies.min;
    for (const bin of result.bins)
      expect(bin.to - bin.from).toBeLessThanOrEqual((2 * range) / 40 + 1e-9);
    for (const bin of result.bins) expect(bin.fraction).toBeLessThanOrEqual(Math.PI / 40 + 0.01);
    const p999 = latencies.quantile(0.999);
    const p99 = latencies.quantile(0.99);
    expect(result.bins.filter((b) => b.from >= p99 && b.to <= p999).length).toBeGreaterThanOrEqual(
      1,
    );
    const equal = computeHistogram(latencies, { bins: 40 });
    expect(equal.bins[0].fraction).toBeGreaterThan(0.8); // why equal widths hide the shape
  });

  it("keeps dynamic edges strictly increasing for any data (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (values, bins, log) => {
          const digest = digestOf(values.map((v) => v + 1e-3));
          const result = computeHistogram(digest, {
            mode: "dynamic",
            bins,
            axis: log ? "log" : "linear",
          });
          expectCountsAddUp(result, digest);
          for (const bin of result.bins) expect(bin.to).toBeGreaterThanOrEqual(bin.from);
          expect(result.bins.length).toBeLessThanOrEqual(bins);
        },
      ),
    );
  });

  it("computes percentile markers (default p50, p90, p99)", () => {
    const { percentiles } = computeHistogram(latencies);
    expect(percentiles.map((p) => p.q)).toEqual([0.5, 0.9, 0.99]);
    for (const p of percentiles) expect(p.value).toBe(latencies.quantile(p.q));
    expect(computeHistogram(latencies, { percentiles: [0.999] }).percentiles).toEqual([
      { q: 0.999, value: latencies.quantile(0.999) },
    ]);
  });

  it("restricts the bins to from/to and reports the weight outside as below and above", () => {
    const from = latencies.quantile(0.1);
    const to = latencies.quantile(0.9);
    const result = computeHistogram(latencies, { from, to, bins: 10 });
    expect(result.bins[0].from).toBe(from);
    expect(result.bins[9].to).toBe(to);
    expect(result.below / latencies.count).toBeCloseTo(0.1, 3);
    expect(result.above / latencies.count).toBeCloseTo(0.1, 3);
    expectCountsAddUp(result, latencies);
  });

  it("puts zeros below the first bin of a log axis (X-Ray histograms hold 0 s entries)", () => {
    const digest = digestOf([0, 0, 0, 0.001, 0.01, 0.1, 1]);
    const result = computeHistogram(digest, { axis: "log", bins: 3 });
    expect(result.bins[0].from).toBeGreaterThan(0);
    expect(result.below).toBe(3);
    expectCountsAddUp(result, digest);
    expect(computeHistogram(digestOf([0, -1]), { axis: "log" })).toMatchObject({
      bins: [],
      below: 2,
    });
  });

  it("makes one bin for a constant digest and none for an empty one", () => {
    const constant = computeHistogram(digestOf([3, 3, 3]));
    expect(constant.bins).toEqual([{ from: 3, to: 3, count: 3, fraction: 1 }]);
    const empty = computeHistogram(new TDigest());
    expect(empty.bins).toEqual([]);
    expect(empty.percentiles.every((p) => Number.isNaN(p.value))).toBe(true);
  });

  it("does not change the digest", () => {
    const digest = digestOf(latencyMix(3000, 4));
    const before = JSON.stringify(digest);
    computeHistogram(digest, { mode: "dynamic", axis: "log" });
    expect(JSON.stringify(digest)).toBe(before);
  });

  it("throws a RangeError for options it cannot use", () => {
    expect(() => computeHistogram(latencies, { bins: 0 })).toThrow(RangeError);
    expect(() => computeHistogram(latencies, { bins: 2.5 })).toThrow(RangeError);
    expect(() => computeHistogram(latencies, { from: 5, to: 1 })).toThrow(RangeError);
    expect(() => computeHistogram(latencies, { axis: "log", from: 0 })).toThrow(RangeError);
    expect(() => computeHistogram(latencies, { percentiles: [2] })).toThrow(RangeError);
  });
});
