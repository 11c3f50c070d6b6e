import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortCentroidPairs } from "../../src/digest/sortCentroidPairs";

describe("sortCentroidPairs", () => {
  it("sorts means and moves each weight with its mean (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 1e6 })), {
          maxLength: 2000,
        }),
        (pairs) => {
          const mean = Float64Array.from(pairs, ([m]) => m);
          const weight = Float64Array.from(pairs, ([, w]) => w);
          sortCentroidPairs(mean, weight, pairs.length);
          for (let i = 1; i < pairs.length; i++)
            expect(mean[i]).toBeGreaterThanOrEqual(mean[i - 1]);
          const key = (m: number, w: number): string => `${m}:${w}`;
          const before = pairs.map(([m, w]) => key(m, w)).sort();
          const after = Array.from(mean, (m, i) => key(m, weight[i])).sort();
          expect(after).toEqual(before);
        },
      ),
    );
  });

  it("sorts already sorted, reversed and constant input", () => {
    for (const values of [
      Array.from({ length: 500 }, (_, i) => i),
      Array.from({ length: 500 }, (_, i) => 500 - i),
      Array.from({ length: 500 }, () => 3),
    ]) {
      const mean = Float64Array.from(values);
      const weight = Float64Array.from(values, (v) => v + 0.5);
      sortCentroidPairs(mean, weight, values.length);
      expect(Array.from(mean)).toEqual([...values].sort((a, b) => a - b));
      mean.forEach((m, i) => expect(weight[i]).toBe(m + 0.5));
    }
  });
});
