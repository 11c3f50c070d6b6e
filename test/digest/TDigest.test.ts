import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDigestError } from "../../src/digest/isDigestError";
import type { ScaleName } from "../../src/digest/ScaleName";
import { TDigest } from "../../src/digest/TDigest";

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16)).join(",");

function digestOf(values: ArrayLike<number>, compression = 100, scale: ScaleName = "K_2"): TDigest {
  const digest = new TDigest({ compression, scale });
  digest.addAll(values);
  return digest;
}

/** `n` values spread over several orders of magnitude, deterministic. */
const spread = (n: number): Float64Array =>
  Float64Array.from({ length: n }, (_, i) => Math.exp(((i * 7919) % n) / (n / 12)));

const finiteValues = fc.array(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  {
    minLength: 1,
    maxLength: 400,
  },
);

describe("TDigest construction", () => {
  it("defaults to δ = 100 and K_2", () => {
    const digest = new TDigest();
    expect(digest.compression).toBe(100);
    expect(digest.scale).toBe("K_2");
  });

  it("raises δ below 10 to 10, as the reference does", () => {
    expect(new TDigest({ compression: 3 }).compression).toBe(10);
  });

  it("throws a RangeError for a compression or scale it cannot use", () => {
    for (const compression of [0, -5, NaN, Infinity, 10_001]) {
      expect(() => new TDigest({ compression })).toThrow(RangeError);
    }
    expect(() => new TDigest({ scale: "K_9" as ScaleName })).toThrow(RangeError);
  });
});

describe("TDigest.add and addAll", () => {
  it("refuses NaN and ±Infinity with a value-not-finite error and stores nothing", () => {
    const digest = digestOf([1, 2, 3]);
    const before = JSON.stringify(digest);
    for (const x of [
      NaN,
      Infinity,
      -Infinity,
      "5" as unknown as number,
      undefined as unknown as number,
    ]) {
      const result = digest.add(x);
      expect(result).toMatchObject({ ok: false, added: 0, rejected: 1 });
      expect(result.error?.code).toBe("value-not-finite");
      expect(result.error?.message).toMatch(/is not a finite number/);
    }
    expect(JSON.stringify(digest)).toBe(before);
    expect(digest.count).toBe(3);
  });

  it("refuses weights that are not positive finite numbers", () => {
    const digest = digestOf([1]);
    for (const w of [0, -1, -Infinity, NaN, Infinity]) {
      const result = digest.add(5, w);
      expect(result.ok).toBe(false);
      expect(result.error?.code).toBe("weight-not-positive");
    }
    expect(digest.count).toBe(1);
    expect(digest.max).toBe(1);
  });

  it("refuses a weight that would make the total overflow", () => {
    const digest = new TDigest();
    expect(digest.add(1, 1.5e308).ok).toBe(true);
    expect(digest.add(2, 1.5e308).error?.code).toBe("weight-overflow");
    expect(digest.count).toBe(1.5e308);
  });

  it("returns ok with the number added", () => {
    expect(new TDigest().add(1)).toEqual({ ok: true, added: 1, rejected: 0 });
    expect(new TDigest().addAll([1, 2, 3])).toEqual({ ok: true, added: 3, rejected: 0 });
  });

  it("addAll stores the finite values, counts the others and names the first by index", () => {
    const digest = new TDigest();
    const result = digest.addAll([1, NaN, 2, Infinity, 3]);
    expect(result).toMatchObject({ ok: false, added: 3, rejected: 2 });
    expect(result.error).toMatchObject({ code: "value-not-finite", index: 1 });
    expect(result.error?.message).toContain("at index 1");
    expect(digest.count).toBe(3);
    expect(digest.max).toBe(3);
  });

  it("counts weights: count is the total weight", () => {
    const digest = new TDigest();
    digest.add(1, 2.5);
    digest.add(2);
    digest.add(3, 4);
    expect(digest.count).toBe(7.5);
  });

  it("accepts values near ±1.8e308 and keeps every estimate finite", () => {
    const values = [-1.7e308, 1.7e308, 0, 1e308, -1e308];
    const digest = new TDigest();
    for (let i = 0; i < 3000; i++) digest.add(values[i % values.length]);
    digest.compress();
    expect(digest.min).toBe(-1.7e308);
    expect(digest.max).toBe(1.7e308);
    for (const c of digest.centroids()) expect(Number.isFinite(c.mean)).toBe(true);
    for (let q = 0; q <= 1; q += 0.05) expect(Number.isFinite(digest.quantile(q))).toBe(true);
    expect(digest.cdf(0)).toBeGreaterThan(0.3);
    expect(digest.cdf(0)).toBeLessThan(0.7);
  });
});

describe("TDigest count, min and max", () => {
  it("are NaN (min, max) and 0 (count) for an empty digest, whose quantiles and cdf are NaN", () => {
    const digest = new TDigest();
    expect(digest.count).toBe(0);
    expect(digest.min).toBeNaN();
    expect(digest.max).toBeNaN();
    expect(digest.quantile(0.5)).toBeNaN();
    expect(digest.cdf(1)).toBeNaN();
    expect(digest.rank(1)).toBe(0);
    expect(digest.centroids()).toEqual([]);
  });

  it("are exact while values are buffered and after merge passes", () => {
    const values = spread(5000);
    const digest = new TDigest();
    for (let i = 0; i < values.length; i++) {
      digest.add(values[i]);
      if (i === 10 || i === 4999) {
        const seen = values.subarray(0, i + 1);
        expect(digest.count).toBe(i + 1);
        expect(digest.min).toBe(Math.min(...seen));
        expect(digest.max).toBe(Math.max(...seen));
      }
    }
  });
});

describe("TDigest.quantile", () => {
  it("returns the exact min at q = 0 and the exact max at q = 1", () => {
    const values = spread(20_000);
    const digest = digestOf(values);
    expect(digest.quantile(0)).toBe(Math.min(...values));
    expect(digest.quantile(1)).toBe(Math.max(...values));
  });

  it("throws a RangeError for q outside [0, 1]", () => {
    const digest = digestOf([1, 2]);
    for (const q of [-0.01, 1.01, NaN]) expect(() => digest.quantile(q)).toThrow(RangeError);
  });

  it("gives the exact order statistic x_(⌈qN⌉) when every centroid is a singleton", () => {
    const values = [5, 1, 4, 2, 3];
    const digest = digestOf(values);
    expect(digest.centroids().every((c) => c.weight === 1)).toBe(true);
    const sorted = [...values].sort((a, b) => a - b);
    for (let i = 0; i <= 100; i++) {
      const q = i / 100;
      expect(digest.quantile(q)).toBe(sorted[Math.max(1, Math.ceil(q * 5)) - 1]);
    }
  });

  it("interpolates between the means of heavy centroids, half of each weight on each side", () => {
    // ranks: atom 0 over [0, 1], centroid 10 centred at 3, centroid 20 at 7, atom 30 over [9, 10]
    const digest = TDigest.fromJSON({
      type: "tdigest",
      version: 1,
      compression: 100,
      scale: "K_2",
      min: 0,
      max: 30,
      centroids: [
        [0, 1],
        [10, 4],
        [20, 4],
        [30, 1],
      ],
    }) as TDigest;
    expect(digest.quantile(0.1)).toBe(0);
    expect(digest.quantile(0.2)).toBe(5);
    expect(digest.quantile(0.3)).toBe(10);
    expect(digest.quantile(0.5)).toBe(15);
    expect(digest.quantile(0.8)).toBeCloseTo(25, 12);
    expect(digest.quantile(0.95)).toBe(30);
    expect(digest.cdf(15)).toBe(0.5);
    expect(digest.cdf(5)).toBe(0.2);
  });

  it("puts one sample exactly at min and at max when the end centroids are heavy", () => {
    // ranks: min −5 over [0, 1], centroid 0 centred at 2, centroid 10 at 6, max 12 over [7, 8]
    const digest = TDigest.fromJSON({
      type: "tdigest",
      version: 1,
      compression: 100,
      min: -5,
      max: 12,
      centroids: [
        [0, 4],
        [10, 4],
      ],
    }) as TDigest;
    expect(digest.quantile(0.1)).toBe(-5);
    expect(digest.quantile(0.125)).toBe(-5);
    expect(digest.quantile(0.1875)).toBe(-2.5);
    expect(digest.quantile(0.5)).toBe(5);
    expect(digest.quantile(0.8125)).toBe(11);
    expect(digest.quantile(0.9)).toBe(12);
    expect(digest.cdf(-5)).toBe(0.5 / 8);
    expect(digest.cdf(12)).toBe(1 - 0.5 / 8);
  });

  it("never interpolates between two neighbouring singletons", () => {
    const digest = digestOf([1, 2]);
    expect(digest.quantile(0.5)).toBe(1);
    expect(digest.quantile(0.51)).toBe(2);
    expect(digest.cdf(1.5)).toBe(0.5);
  });

  it("is monotone in q (property)", () => {
    fc.assert(
      fc.property(
        finiteValues,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2 }),
        (values, qs) => {
          const digest = digestOf(values, 10);
          qs.sort((a, b) => a - b);
          let previous = -Infinity;
          for (const q of qs) {
            const v = digest.quantile(q);
            expect(v).toBeGreaterThanOrEqual(previous);
            expect(v).toBeGreaterThanOrEqual(digest.min);
            expect(v).toBeLessThanOrEqual(digest.max);
            previous = v;
          }
        },
      ),
    );
  });
});

describe("TDigest.cdf and rank", () => {
  it("gives 0 below min, 1 above max, and 0.5/N at min and 1 − 0.5/N at max", () => {
    const digest = digestOf(spread(3000));
    expect(digest.cdf(digest.min - 1)).toBe(0);
    expect(digest.cdf(-Infinity)).toBe(0);
    expect(digest.cdf(digest.max + 1)).toBe(1);
    expect(digest.cdf(digest.min)).toBeCloseTo(0.5 / 3000, 15);
    expect(digest.cdf(digest.max)).toBeCloseTo(1 - 0.5 / 3000, 15);
  });

  it("gives 0.5 for a constant input at its value", () => {
    const digest = digestOf(new Float64Array(5000).fill(7));
    expect(digest.cdf(7)).toBe(0.5);
    expect(digest.quantile(0.001)).toBe(7);
    expect(digest.quantile(0.999)).toBe(7);
    expect(digest.rank(7)).toBe(0);
    expect(digest.rank(7, true)).toBe(5000);
  });

  it("throws a RangeError for NaN", () => {
    expect(() => digestOf([1]).cdf(NaN)).toThrow(RangeError);
    expect(() => digestOf([1]).rank(NaN)).toThrow(RangeError);
  });

  it("is monotone in x, between 0 and 1, and rank(x) ≤ rank(x, inclusive) (property)", () => {
    fc.assert(
      fc.property(
        finiteValues,
        fc.array(fc.double({ min: -2e9, max: 2e9, noNaN: true }), { minLength: 2 }),
        (values, xs) => {
          const digest = digestOf(values, 10);
          xs.sort((a, b) => a - b);
          let previous = 0;
          for (const x of xs) {
            const c = digest.cdf(x);
            expect(c).toBeGreaterThanOrEqual(previous);
            expect(c).toBeLessThanOrEqual(1);
            expect(digest.rank(x)).toBeLessThanOrEqual(digest.rank(x, true));
            previous = c;
          }
        },
      ),
    );
  });

  it("inverts quantile: cdf(quantile(q)) is within half a sample of q (property)", () => {
    fc.assert(
      fc.property(finiteValues, fc.double({ min: 0, max: 1, noNaN: true }), (values, q) => {
        const digest = digestOf(values, 10);
        // Where the quantile is flat (an atom), cdf reports the atom's middle rank.
        const atom = Math.max(...digest.centroids().map((c) => c.weight), 1);
        expect(Math.abs(digest.cdf(digest.quantile(q)) - q)).toBeLessThanOrEqual(
          atom / digest.count + 1e-9,
        );
      }),
    );
  });
});

describe("TDigest merge passes", () => {
  it("keep the first and last centroids as singletons", () => {
    const digest = digestOf(spread(50_000));
    const centroids = digest.centroids();
    expect(centroids[0]).toEqual({ mean: digest.min, weight: 1 });
    expect(centroids[centroids.length - 1]).toEqual({ mean: digest.max, weight: 1 });
  });

  it("work at 2δ while ingesting and at δ after compress(), for every scale", () => {
    for (const scale of ["K_0", "K_1", "K_2", "K_3"] as const) {
      const digest = digestOf(spread(100_000), 100, scale);
      const working = digest.centroids().length;
      digest.compress();
      const compressed = digest.centroids().length;
      expect(working, scale).toBeGreaterThan(compressed * 1.5);
      expect(compressed, scale).toBeLessThanOrEqual(100);
      expect(compressed, scale).toBeGreaterThan(25);
      expect(digest.count).toBe(100_000);
    }
  });

  it("give different digests for different scale functions", () => {
    const bytes = (["K_0", "K_1", "K_2", "K_3"] as const).map((s) =>
      hex(digestOf(spread(20_000), 100, s).asBytes()),
    );
    expect(new Set(bytes).size).toBe(4);
  });

  it("make K_0 centroids of equal weight and K_2 centroids smallest at the tails", () => {
    const k0 = digestOf(spread(100_000), 100, "K_0");
    k0.compress();
    const weights0 = k0.centroids().map((c) => c.weight);
    expect(Math.max(...weights0)).toBeLessThanOrEqual((2 * 100_000) / 100);
    const k2 = digestOf(spread(100_000), 100, "K_2");
    k2.compress();
    const weights2 = k2.centroids().map((c) => c.weight);
    const middle = Math.max(...weights2);
    expect(weights2[2]).toBeLessThan(middle / 20);
    expect(weights2[weights2.length - 3]).toBeLessThan(middle / 20);
  });
});

describe("TDigest determinism", () => {
  it("gives bit-identical digests for the same input, through add or addAll", () => {
    const values = spread(30_000);
    const a = new TDigest();
    for (const v of values) a.add(v);
    const b = digestOf(values);
    expect(hex(a.asBytes())).toBe(hex(b.asBytes()));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("is not changed by queries and serialization along the way", () => {
    const values = spread(30_000);
    const quiet = digestOf(values);
    const busy = new TDigest();
    for (let i = 0; i < values.length; i++) {
      busy.add(values[i]);
      if (i % 997 === 0) {
        busy.quantile(0.5);
        busy.cdf(values[i]);
        busy.centroids();
        busy.asBytes();
        busy.toJSON();
        void busy.min;
      }
    }
    expect(hex(busy.asBytes())).toBe(hex(quiet.asBytes()));
    expect(busy.quantile(0.99)).toBe(quiet.quantile(0.99));
  });
});

describe("TDigest.merge", () => {
  const values = spread(40_000);
  const parts = [0, 1, 2, 3].map((p) =>
    digestOf(values.subarray(p * 10_000, p * 10_000 + 9_999 + (p === 3 ? 1 : 0))),
  );
  parts[3].add(1e-3); // one buffered value on top of a part

  it("does not change the digests it merges", () => {
    const before = parts.map((p) => JSON.stringify(p));
    new TDigest().merge(...parts);
    expect(parts.map((p) => JSON.stringify(p))).toEqual(before);
  });

  it("keeps count, min and max exact", () => {
    const merged = new TDigest().merge(...parts);
    expect(merged.count).toBe(parts.reduce((n, p) => n + p.count, 0));
    expect(merged.min).toBe(1e-3);
    expect(merged.max).toBe(Math.max(...parts.map((p) => p.max)));
  });

  it("includes this digest's own centroids and buffered values", () => {
    const target = digestOf([1e9, 5]);
    target.merge(parts[0]);
    expect(target.count).toBe(parts[0].count + 2);
    expect(target.max).toBe(1e9);
  });

  it("agrees with one digest of all the values to within a few ranks per thousand", () => {
    const merged = new TDigest().merge(...parts);
    const single = digestOf(values);
    for (const q of [0.01, 0.1, 0.5, 0.9, 0.99]) {
      expect(Math.abs(merged.cdf(single.quantile(q)) - q)).toBeLessThan(5e-3);
    }
  });

  it("returns this digest, and merging nothing or empty digests changes nothing", () => {
    const digest = digestOf([1, 2, 3]);
    const before = JSON.stringify(digest);
    expect(digest.merge()).toBe(digest);
    expect(digest.merge(new TDigest(), new TDigest())).toBe(digest);
    expect(digest.quantile(0.5)).toBe(2);
    expect(JSON.parse(JSON.stringify(digest)).centroids).toEqual(JSON.parse(before).centroids);
  });

  it("throws a TypeError for something that is not a TDigest", () => {
    expect(() => new TDigest().merge({} as TDigest)).toThrow(TypeError);
  });

  it("keeps count, min and max exact for any split of any values (property)", () => {
    fc.assert(
      fc.property(fc.array(finiteValues, { minLength: 1, maxLength: 6 }), (chunks) => {
        const merged = new TDigest({ compression: 20 }).merge(
          ...chunks.map((c) => digestOf(c, 20)),
        );
        const all = chunks.flat();
        expect(merged.count).toBe(all.length);
        expect(merged.min).toBe(Math.min(...all));
        expect(merged.max).toBe(Math.max(...all));
      }),
    );
  });
});

describe("TDigest JSON form", () => {
  const digest = digestOf(spread(12_345));
  digest.add(0.5, 3);

  it("round-trips through toJSON and fromJSON with identical answers", () => {
    const back = TDigest.fromJSON(JSON.parse(JSON.stringify(digest)));
    expect(isDigestError(back)).toBe(false);
    const read = back as TDigest;
    expect(read.toJSON()).toEqual(digest.toJSON());
    expect(read.count).toBe(digest.count);
    expect(read.min).toBe(digest.min);
    expect(read.max).toBe(digest.max);
    for (let q = 0; q <= 1; q += 0.01) expect(read.quantile(q)).toBe(digest.quantile(q));
  });

  it("reads JSON text as well as a parsed value", () => {
    expect((TDigest.fromJSON(JSON.stringify(digest)) as TDigest).count).toBe(digest.count);
    expect(TDigest.fromJSON("{oops")).toMatchObject({ code: "json-invalid", path: "$" });
  });

  it("writes min and max as null for an empty digest, and reads that back", () => {
    const json = new TDigest({ compression: 50, scale: "K_3" }).toJSON();
    expect(json).toEqual({
      type: "tdigest",
      version: 1,
      compression: 50,
      scale: "K_3",
      min: null,
      max: null,
      centroids: [],
    });
    const back = TDigest.fromJSON(json) as TDigest;
    expect(back.count).toBe(0);
    expect(back.scale).toBe("K_3");
  });
});
