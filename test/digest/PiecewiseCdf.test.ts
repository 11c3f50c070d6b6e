import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PiecewiseCdf } from "../../src/digest/PiecewiseCdf";

function model(centroids: [number, number][], min: number, max: number): PiecewiseCdf {
  const mean = Float64Array.from(centroids, ([m]) => m);
  const weight = Float64Array.from(centroids, ([, w]) => w);
  const total = weight.reduce((a, b) => a + b, 0);
  return PiecewiseCdf.fromCentroids(mean, weight, 0, centroids.length, total, min, max);
}

describe("PiecewiseCdf", () => {
  it("treats centroids of weight ≤ 1 as atoms: flat in value over their rank", () => {
    const cdf = model(
      [
        [1, 1],
        [2, 1],
        [3, 1],
      ],
      1,
      3,
    );
    expect(cdf.valueAt(0.5)).toBe(1);
    expect(cdf.valueAt(1)).toBe(1);
    expect(cdf.valueAt(1.0001)).toBe(2);
    expect(cdf.rankOf(2, false)).toBe(1);
    expect(cdf.rankOf(2, true)).toBe(2);
    expect(cdf.rankOf(2.5, false)).toBe(2);
  });

  it("spreads a heavy centroid half on each side up to the neighbouring means", () => {
    const cdf = model(
      [
        [0, 1],
        [10, 4],
        [20, 1],
      ],
      0,
      20,
    );
    // knots: (0,0) (1,0) (3,10) (5,20) (6,20)
    expect(cdf.valueAt(2)).toBe(5);
    expect(cdf.valueAt(3)).toBe(10);
    expect(cdf.valueAt(4)).toBe(15);
    expect(cdf.rankOf(15, false)).toBe(4);
    expect(cdf.rankOf(15, true)).toBe(4);
  });

  it("returns min at rank 0 and max at the total", () => {
    const cdf = model(
      [
        [5, 3],
        [6, 3],
      ],
      4,
      7,
    );
    expect(cdf.valueAt(0)).toBe(4);
    expect(cdf.valueAt(6)).toBe(7);
    expect(cdf.rankOf(3.9, true)).toBe(0);
    expect(cdf.rankOf(7.1, false)).toBe(6);
  });

  it("stays monotone and inside [min, max] for means outside them (as float32 bytes can give)", () => {
    const cdf = model(
      [
        [0.0999999, 1],
        [0.5, 5],
        [0.2000001, 1],
      ],
      0.1,
      0.2,
    );
    let previous = -Infinity;
    for (let i = 0; i <= 70; i++) {
      const v = cdf.valueAt(i / 10);
      expect(v).toBeGreaterThanOrEqual(previous);
      expect(v).toBeGreaterThanOrEqual(0.1);
      expect(v).toBeLessThanOrEqual(0.2);
      previous = v;
    }
  });

  it("is monotone both ways, and rankOf inverts valueAt (property)", () => {
    // Means on a 1/64 grid: between two means one ulp apart (0 and 5e-324, found by fast-check)
    // no value can be interpolated, so rank jumps by a whole centroid between adjacent doubles.
    const centroids = fc.array(
      fc.tuple(
        fc.integer({ min: -64_000_000, max: 64_000_000 }).map((i) => i / 64),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
      ),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(centroids, fc.double({ min: 0, max: 1, noNaN: true }), (list, t) => {
        list.sort((a, b) => a[0] - b[0]);
        const min = list[0][0] - 1;
        const max = list[list.length - 1][0] + 1;
        const cdf = model(list, min, max);
        const index = t * cdf.total;
        const value = cdf.valueAt(index);
        expect(value).toBeGreaterThanOrEqual(min);
        expect(value).toBeLessThanOrEqual(max);
        expect(cdf.rankOf(value, false)).toBeLessThanOrEqual(index + 1e-6 * cdf.total);
        expect(cdf.rankOf(value, true)).toBeGreaterThanOrEqual(index - 1e-6 * cdf.total);
      }),
    );
  });
});
