import { describe, expect, it } from "vitest";
import { compileFilter } from "../../../src/filter/index";
import { createNumberScale } from "../../../src/react/charts/chartFactories";
import { toResponseTimeRange } from "../../../src/react/ResponseTimeDistribution/toResponseTimeRange";
import { summary } from "../../analytics/support/summary";

describe("toResponseTimeRange", () => {
  it("rounds outwards to the chart's resolution (1 px = 2 ms → 3 decimals)", () => {
    const x = createNumberScale({ domain: [0, 1], range: [0, 500] });
    const r = toResponseTimeRange(0.12345, 0.25012, x);
    expect([r.from, r.to]).toEqual([0.123, 0.251]);
    expect(r.expression).toBe("responsetime >= 0.123 AND responsetime <= 0.251");
  });

  it("keeps bounds in order and non-negative; coarse axes round to whole seconds", () => {
    const x = createNumberScale({ domain: [0, 1000], range: [0, 500] });
    const r = toResponseTimeRange(12.4, -3, x);
    expect([r.from, r.to]).toEqual([0, 13]);
  });

  it("uses the local resolution on a log axis", () => {
    const x = createNumberScale({ domain: [0.001, 10], range: [0, 400], type: "log" });
    const r = toResponseTimeRange(0.0012345, 5.4321, x);
    expect(r.from).toBeLessThanOrEqual(0.0012345);
    expect(r.from).toBeGreaterThan(0.00122);
    expect(r.to).toBeGreaterThanOrEqual(5.4321);
    expect(r.to).toBeLessThanOrEqual(5.5); // 1 px ≈ 0.13 s there: one decimal
  });

  it("never loses a trace the selection covered", () => {
    const x = createNumberScale({ domain: [0, 2], range: [0, 300] });
    const times = Array.from({ length: 200 }, (_, i) => Math.round((i / 100) * 1e6) / 1e6);
    for (const [lo, hi] of [
      [0.333333, 0.777777],
      [1.01, 1.99],
      [0, 0.005],
    ]) {
      const r = toResponseTimeRange(lo, hi, x);
      const f = compileFilter(r.expression);
      for (const t of times) {
        if (t >= lo && t <= hi) expect(f.matchesSummary(summary({ ResponseTime: t }))).toBe(true);
      }
    }
  });
});
