import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortFloat64 } from "../../src/digest/sortFloat64";

function expectSortedLikeNative(values: Float64Array): void {
  const expected = values.slice().sort();
  const actual = values.slice();
  sortFloat64(actual, actual.length);
  expect(Array.from(actual)).toEqual(Array.from(expected));
}

describe("sortFloat64", () => {
  it("sorts like Float64Array.prototype.sort (property, any finite values)", () => {
    fc.assert(
      fc.property(
        fc.float64Array({ noNaN: true, noDefaultInfinity: true, maxLength: 3000 }),
        (values) => {
          expectSortedLikeNative(values);
        },
      ),
    );
  });

  it("sorts non-negative values of every spread (the bucket path)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 2000 }),
        fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
        (units, scale) => {
          expectSortedLikeNative(Float64Array.from(units, (u) => u * scale));
        },
      ),
    );
  });

  it("sorts values that differ only in their last bits, duplicates, and one far outlier", () => {
    const close = Float64Array.from(
      { length: 500 },
      (_, i) => 1 + ((i * 7) % 500) * Number.EPSILON,
    );
    expectSortedLikeNative(close);
    expectSortedLikeNative(Float64Array.from({ length: 1000 }, (_, i) => (i * 13) % 7));
    expectSortedLikeNative(
      Float64Array.from({ length: 1000 }, (_, i) => (i === 500 ? 1e300 : (i * 31) % 997)),
    );
    expectSortedLikeNative(new Float64Array(300).fill(4));
  });

  it("orders −0 before 0 and sorts negative values", () => {
    const values = Float64Array.from({ length: 200 }, (_, i) =>
      i % 3 === 0 ? -0 : i % 3 === 1 ? 0 : -i,
    );
    expectSortedLikeNative(values);
  });

  it("sorts only the first n values", () => {
    const values = Float64Array.from([5, 4, 3, 2, 1, 0]);
    sortFloat64(values, 3);
    expect(Array.from(values)).toEqual([3, 4, 5, 2, 1, 0]);
  });
});
