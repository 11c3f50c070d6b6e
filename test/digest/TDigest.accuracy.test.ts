/**
 * Accuracy on the data set of tdigest.md §4 (issue 3 §5): 1e6 log-normal latencies (μ = ln 100 ms,
 * σ = 1) with 1% of them × 50, seeded. Rank error = |#{x ≤ estimate}/N − q|; relative value error
 * = |estimate − x_(⌈qN⌉)| / x_(⌈qN⌉). "As built" is the digest queried while ingesting (2δ working
 * set); "compressed" is after compress(), i.e. what asBytes() carries.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { isDigestError } from "../../src/digest/isDigestError";
import { TDigest } from "../../src/digest/TDigest";
import { createRandom, exactQuantile, latencyMix, rankError } from "./latencyData";

const N = 1_000_000;
const SHARDS = 100;
let data: Float64Array;
let sorted: Float64Array;

beforeAll(() => {
  data = latencyMix(N, 1);
  sorted = data.slice().sort();
});

function build(values: Float64Array, compression: number): TDigest {
  const digest = new TDigest({ compression });
  digest.addAll(values);
  return digest;
}

function mergedShards(compression: number): TDigest {
  const size = N / SHARDS;
  const shards = Array.from({ length: SHARDS }, (_, s) =>
    build(data.subarray(s * size, (s + 1) * size), compression),
  );
  return new TDigest({ compression }).merge(...shards);
}

function compressedCopy(digest: TDigest): TDigest {
  const copy = TDigest.fromBytes(digest.asBytes());
  if (isDigestError(copy)) throw new Error(copy.message);
  return copy;
}

function errors(digest: TDigest, q: number, exact = sorted): { rank: number; relative: number } {
  const estimate = digest.quantile(q);
  const x = exactQuantile(exact, q);
  return { rank: rankError(exact, estimate, q), relative: Math.abs(estimate - x) / x };
}

/** The targets at δ = 100: rank ≤ 2e-5 and value ≤ 0.5 % at q = 0.001, ≤ 2 % at 0.999. */
function expectTargets(digest: TDigest, exact = sorted): void {
  const low = errors(digest, 0.001, exact);
  const high = errors(digest, 0.999, exact);
  expect(low.rank).toBeLessThanOrEqual(2e-5);
  expect(high.rank).toBeLessThanOrEqual(2e-5);
  expect(low.relative).toBeLessThanOrEqual(0.005);
  expect(high.relative).toBeLessThanOrEqual(0.02);
}

describe("TDigest accuracy on 1e6 latencies with a 1% ×50 tail, δ = 100", () => {
  let single: TDigest;
  let merged: TDigest;
  beforeAll(() => {
    single = build(data, 100);
    merged = mergedShards(100);
  });

  it("meets the rank and value targets at q = 0.001 and 0.999 for one digest, as built", () => {
    expectTargets(single);
  });

  it("meets them for one digest compressed to δ (the asBytes form)", () => {
    expectTargets(compressedCopy(single));
  });

  it("meets them for 100 merged shards of 10,000, as built and compressed", () => {
    expectTargets(merged);
    expectTargets(compressedCopy(merged));
  });

  it("stays within about δ centroids once compressed (≈1.2 kB as bytes)", () => {
    const bytes = single.asBytes();
    expect(bytes.length).toBeLessThanOrEqual(32 + 16 * 100);
    expect(compressedCopy(merged).centroids().length).toBeLessThanOrEqual(100);
  });

  it("keeps rank error at the median within 5e-3 (compressed) and 2e-3 (as built)", () => {
    expect(errors(single, 0.5).rank).toBeLessThanOrEqual(2e-3);
    expect(errors(compressedCopy(single), 0.5).rank).toBeLessThanOrEqual(5e-3);
  });

  it("gives quantiles that never decrease in q", () => {
    let previous = -Infinity;
    let decreases = 0;
    for (let i = 0; i <= 100_000; i++) {
      const v = single.quantile(i / 100_000);
      if (v < previous) decreases++;
      previous = v;
    }
    expect(decreases).toBe(0);
  });

  it("gives cdf(quantile(q)) = q to within one sample", () => {
    let worst = 0;
    for (let i = 0; i <= 20_000; i++) {
      const q = i / 20_000;
      worst = Math.max(worst, Math.abs(single.cdf(single.quantile(q)) - q));
      worst = Math.max(worst, Math.abs(merged.cdf(merged.quantile(q)) - q));
    }
    expect(worst).toBeLessThanOrEqual(1 / N);
  });

  it("keeps min and max exact through merge and every serialized form", () => {
    const min = sorted[0];
    const max = sorted[N - 1];
    const forms = [
      single,
      merged,
      compressedCopy(merged),
      TDigest.fromBytes(merged.asSmallBytes()) as TDigest,
      TDigest.fromJSON(JSON.parse(JSON.stringify(merged))) as TDigest,
    ];
    for (const digest of forms) {
      expect(digest.count).toBe(N);
      expect(digest.min).toBe(min);
      expect(digest.max).toBe(max);
      expect(digest.quantile(0)).toBe(min);
      expect(digest.quantile(1)).toBe(max);
    }
  });
});

describe("TDigest accuracy at δ = 200", () => {
  it("brings the value error at q = 0.999 under 0.5 %, single and merged, as built and compressed", () => {
    const single = build(data, 200);
    const merged = mergedShards(200);
    for (const digest of [single, merged, compressedCopy(single), compressedCopy(merged)]) {
      expect(errors(digest, 0.999).relative).toBeLessThanOrEqual(0.005);
      expect(errors(digest, 0.001).relative).toBeLessThanOrEqual(0.005);
    }
  });
});

describe("TDigest accuracy on ordered and degenerate inputs", () => {
  it("meets the targets on sorted input, and keeps tail rank error ≤ 5e-5 compressed", () => {
    const digest = build(sorted, 100);
    expectTargets(digest);
    const compressed = compressedCopy(digest);
    expect(errors(compressed, 0.001).rank).toBeLessThanOrEqual(5e-5);
    expect(errors(compressed, 0.999).rank).toBeLessThanOrEqual(5e-5);
  });

  it("meets the targets on reverse-sorted input, and keeps tail rank error ≤ 5e-5 compressed", () => {
    const digest = build(sorted.slice().reverse(), 100);
    expectTargets(digest);
    const compressed = compressedCopy(digest);
    expect(errors(compressed, 0.001).rank).toBeLessThanOrEqual(5e-5);
    expect(errors(compressed, 0.999).rank).toBeLessThanOrEqual(5e-5);
  });

  it("answers a constant input exactly", () => {
    const digest = build(new Float64Array(100_000).fill(0.25), 100);
    for (const q of [0, 0.001, 0.5, 0.999, 1]) expect(digest.quantile(q)).toBe(0.25);
    expect(digest.cdf(0.25)).toBe(0.5);
    expect(compressedCopy(digest).quantile(0.7)).toBe(0.25);
  });

  it("follows 1e5 values spread log-uniformly from 1 µs to 1 h in the tails", () => {
    const random = createRandom(7);
    const span = Math.log(3600 / 1e-6);
    const values = Float64Array.from({ length: 100_000 }, () => 1e-6 * Math.exp(random() * span));
    const exact = values.slice().sort();
    const digest = build(values, 100);
    expect(digest.min).toBe(exact[0]);
    expect(digest.max).toBe(exact[exact.length - 1]);
    for (const [q, rank] of [
      [0.001, 5e-5],
      [0.01, 2e-4],
      [0.99, 2e-4],
      [0.999, 5e-5],
    ]) {
      expect(errors(digest, q, exact).rank, `q=${q}`).toBeLessThanOrEqual(rank);
      expect(errors(digest, q, exact).relative, `q=${q}`).toBeLessThanOrEqual(0.005);
    }
    // Mid-distribution, linear interpolation across a centroid spanning a decade costs rank.
    expect(errors(digest, 0.5, exact).rank).toBeLessThanOrEqual(1e-2);
  });
});
