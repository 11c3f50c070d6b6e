import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeSortedCentroids } from "../../src/digest/mergeSortedCentroids";
import type { ScaleName } from "../../src/digest/ScaleName";

/** k(q) of each scale function (reference ScaleFunction.k), for checking the size bound. */
function k(scale: ScaleName, q: number, compression: number, total: number): number {
  switch (scale) {
    case "K_0":
      return (compression * q) / 2;
    case "K_1":
      return (compression / (2 * Math.PI)) * Math.asin(2 * q - 1);
    case "K_2":
      return (compression * Math.log(q / (1 - q))) / (4 * Math.log(total / compression) + 24);
    case "K_3":
      return (
        (compression * (q <= 0.5 ? Math.log(2 * q) : -Math.log(2 * (1 - q)))) /
        (4 * Math.log(total / compression) + 21)
      );
  }
}

function pass(values: number[], compression: number, scale: ScaleName, backwards: boolean) {
  const mean = Float64Array.from(values);
  const weight = new Float64Array(values.length).fill(1);
  const n = mergeSortedCentroids(
    mean,
    weight,
    values.length,
    values.length,
    compression,
    scale,
    backwards,
  );
  const start = backwards ? values.length - n : 0;
  return {
    mean: Array.from(mean.subarray(start, start + n)),
    weight: Array.from(weight.subarray(start, start + n)),
  };
}

const sortedRange = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe("mergeSortedCentroids", () => {
  it("keeps the total weight and the weighted sum of the means", () => {
    const values = sortedRange(5000).map((i) => Math.sqrt(i));
    const { mean, weight } = pass(values, 100, "K_2", false);
    expect(weight.reduce((a, b) => a + b, 0)).toBe(5000);
    const sum = mean.reduce((s, m, i) => s + m * weight[i], 0);
    expect(sum).toBeCloseTo(
      values.reduce((a, b) => a + b, 0),
      6,
    );
  });

  it("never joins the second or the last item, in either direction", () => {
    for (const backwards of [false, true]) {
      const { weight } = pass(sortedRange(5000), 100, "K_2", backwards);
      expect(weight[0]).toBe(1);
      expect(weight[weight.length - 1]).toBe(1);
    }
  });

  it("keeps every centroid of more than one item within k(q_right) − k(q_left) ≤ 1", () => {
    for (const scale of ["K_0", "K_1", "K_2", "K_3"] as const) {
      for (const backwards of [false, true]) {
        const total = 20_000;
        const { weight } = pass(sortedRange(total), 50, scale, backwards);
        let before = 0;
        for (const w of weight) {
          if (w > 1) {
            const dk =
              k(scale, (before + w) / total, 50, total) - k(scale, before / total, 50, total);
            expect(dk, `${scale} ${backwards}`).toBeLessThanOrEqual(1 + 1e-9);
          }
          before += w;
        }
      }
    }
  });

  it("backwards is the mirror image of forwards", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 1,
          maxLength: 3000,
        }),
        (raw) => {
          const values = raw.sort((a, b) => a - b);
          const forward = pass(values, 10, "K_2", false);
          const mirrored = pass(values.map((v) => -v).reverse(), 10, "K_2", true);
          expect(mirrored.weight.reverse()).toEqual(forward.weight);
        },
      ),
    );
  });

  it("leaves means sorted and inside the range of the items (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), {
          minLength: 1,
          maxLength: 3000,
        }),
        fc.boolean(),
        fc.constantFrom<ScaleName>("K_0", "K_1", "K_2", "K_3"),
        (raw, backwards, scale) => {
          const values = raw.sort((a, b) => a - b);
          const { mean, weight } = pass(values, 10, scale, backwards);
          for (let i = 1; i < mean.length; i++) expect(mean[i]).toBeGreaterThanOrEqual(mean[i - 1]);
          expect(mean[0]).toBe(values[0]);
          expect(mean[mean.length - 1]).toBe(values[values.length - 1]);
          expect(weight.reduce((a, b) => a + b, 0)).toBe(values.length);
        },
      ),
    );
  });

  it("handles one and two items", () => {
    expect(pass([3], 100, "K_2", false)).toEqual({ mean: [3], weight: [1] });
    expect(pass([3, 4], 100, "K_2", true)).toEqual({ mean: [3, 4], weight: [1, 1] });
    expect(pass([], 100, "K_2", false)).toEqual({ mean: [], weight: [] });
  });
});
