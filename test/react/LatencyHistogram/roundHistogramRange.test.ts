import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHistogramRange } from "../../../src/react/LatencyHistogram/roundHistogramRange";

describe("roundHistogramRange", () => {
  it("rounds outward to three significant digits of the width", () => {
    expect(roundHistogramRange({ from: 0.0123456, to: 0.0456789 })).toEqual({
      from: 0.0123,
      to: 0.0457,
    });
    expect(roundHistogramRange({ from: 0.1, to: 0.25 })).toEqual({ from: 0.1, to: 0.25 });
    expect(roundHistogramRange({ from: 1.23456, to: 1.23789 })).toEqual({
      from: 1.23456,
      to: 1.23789,
    });
  });

  it("orders reversed ends, clamps at 0, never goes below a microsecond step, and is never empty", () => {
    expect(roundHistogramRange({ from: 0.3, to: 0.1 })).toEqual({ from: 0.1, to: 0.3 });
    expect(roundHistogramRange({ from: -1, to: 0.5 }).from).toBe(0);
    expect(roundHistogramRange({ from: 0, to: 0 })).toEqual({ from: 0, to: 0.000001 });
    expect(roundHistogramRange({ from: 0.0000012, to: 0.0000019 })).toEqual({
      from: 0.000001,
      to: 0.000002,
    });
    const point = roundHistogramRange({ from: 1.5, to: 1.5 });
    expect(point.from).toBeLessThanOrEqual(1.5);
    expect(point.to).toBeGreaterThan(point.from);
  });

  it("always contains the brushed range and prints without exponent (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        (a, b) => {
          const lo = Math.min(a, b);
          const hi = Math.max(a, b);
          const r = roundHistogramRange({ from: a, to: b });
          const slack = Math.max(1e-9, (hi - lo) * 1e-9);
          expect(r.from).toBeLessThanOrEqual(lo + slack);
          expect(r.to).toBeGreaterThanOrEqual(hi - slack);
          expect(r.to).toBeGreaterThan(r.from);
          expect(String(r.from)).not.toMatch(/e/);
          expect(String(r.to)).not.toMatch(/e/);
          // Not much wider than asked: at most one rounding step (0.01 of the width, ≥ 1 µs) each side.
          expect(r.to - r.from).toBeLessThanOrEqual(
            hi - lo + 2 * Math.max(1e-6, (hi - lo) / 100 + 1e-9) + Math.max(1e-6, hi / 100),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
