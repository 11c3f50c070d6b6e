import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeSortedRuns } from "../../src/digest/mergeSortedRuns";

const run = (pairs: [number, number][]) => ({
  mean: Float64Array.from(pairs, ([m]) => m),
  weight: Float64Array.from(pairs, ([, w]) => w),
});

describe("mergeSortedRuns", () => {
  it("merges any number of sorted runs into one sorted run with every pair (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 9 })), {
            maxLength: 40,
          }),
          { maxLength: 30 },
        ),
        (runs) => {
          const sortedRuns = runs.map((r) => r.sort((a, b) => a[0] - b[0]));
          const merged = mergeSortedRuns(sortedRuns.map(run));
          const all = sortedRuns.flat();
          expect(merged.mean.length).toBe(all.length);
          for (let i = 1; i < all.length; i++)
            expect(merged.mean[i]).toBeGreaterThanOrEqual(merged.mean[i - 1]);
          const key = (m: number, w: number): string => `${m}:${w}`;
          expect(Array.from(merged.mean, (m, i) => key(m, merged.weight[i])).sort()).toEqual(
            all.map(([m, w]) => key(m, w)).sort(),
          );
        },
      ),
    );
  });

  it("puts earlier runs first on equal means (stable)", () => {
    const merged = mergeSortedRuns([
      run([[1, 10]]),
      run([[1, 20]]),
      run([
        [0, 5],
        [1, 30],
      ]),
    ]);
    expect(Array.from(merged.weight)).toEqual([5, 10, 20, 30]);
  });

  it("returns empty arrays for no runs", () => {
    expect(mergeSortedRuns([]).mean.length).toBe(0);
  });
});
