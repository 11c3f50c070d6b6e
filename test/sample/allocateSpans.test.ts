import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocateSpans } from "../../src/sample/allocateSpans";

describe("allocateSpans", () => {
  it("splits an interval proportionally to the weights", () => {
    expect(allocateSpans(0, 100, [1, 3])).toEqual([
      [0, 25],
      [25, 100],
    ]);
  });

  it("covers the interval exactly with consecutive, non-negative integer spans", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e7 }),
        fc.array(fc.double({ min: 0.001, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (start, length, weights) => {
          const spans = allocateSpans(start, start + length, weights);
          if (spans.length !== weights.length) return false;
          if (spans[0][0] !== start || spans[spans.length - 1][1] !== start + length) return false;
          return spans.every(
            ([s, e], i) => Number.isInteger(e) && e >= s && (i === 0 || spans[i - 1][1] === s),
          );
        },
      ),
    );
  });
});
