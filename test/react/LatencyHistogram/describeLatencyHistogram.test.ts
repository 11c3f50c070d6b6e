import { describe, expect, it } from "vitest";
import { TDigest } from "../../../src/digest/index";
import { computeHistogram } from "../../../src/digest/computeHistogram";
import { createHistogramScales } from "../../../src/react/LatencyHistogram/createHistogramScales";
import {
  describeLatencyHistogram,
  formatPercentileLabel,
} from "../../../src/react/LatencyHistogram/describeLatencyHistogram";

const digest = new TDigest();
for (let i = 1; i <= 100; i++) digest.add(i / 1000); // 1 ms … 100 ms

describe("describeLatencyHistogram", () => {
  it("says how many requests, the span, the percentiles and the busiest bin", () => {
    const text = describeLatencyHistogram(computeHistogram(digest, { bins: 10 }), "api");
    expect(text).toMatch(
      /^Response times of api: 100 requests from 1\.0 ms to 100 ms; p50 (50|51) ms, p90 (90|91) ms, p99 (99|100) ms; most requests \(\d+%\) took /,
    );
  });
  it("says when there are none", () => {
    expect(describeLatencyHistogram(computeHistogram(new TDigest()), "db")).toBe(
      "Response times of db: no requests.",
    );
  });
  it("labels percentiles", () => {
    expect([0.5, 0.9, 0.99, 0.999].map(formatPercentileLabel)).toEqual([
      "p50",
      "p90",
      "p99",
      "p99.9",
    ]);
  });
});

describe("createHistogramScales", () => {
  it("spans the bins on x (linear or log) and the tallest bin's percentage on y", () => {
    const h = computeHistogram(digest, { bins: 10 });
    const linear = createHistogramScales(h, "linear", 400, 100);
    expect(linear.x(0.001)).toBeCloseTo(0, 6);
    expect(linear.x(0.1)).toBeCloseTo(400, 6);
    expect(linear.y(0)).toBe(100);
    expect(linear.y.domain()[1]).toBeGreaterThanOrEqual(10);
    expect(linear.xTicks.length).toBeLessThanOrEqual(7);
    expect(linear.yTicks.every((t) => t.label.endsWith("%"))).toBe(true);
    const log = createHistogramScales(
      computeHistogram(digest, { bins: 10, axis: "log" }),
      "log",
      400,
      100,
    );
    expect(log.x(Math.sqrt(0.001 * 0.1))).toBeCloseTo(200, 3);
  });
  it("gives a single value a span around it", () => {
    const one = new TDigest();
    one.add(0.05);
    const s = createHistogramScales(computeHistogram(one), "linear", 400, 100);
    const [lo, hi] = s.x.domain();
    expect(lo).toBeLessThan(0.05);
    expect(hi).toBeGreaterThan(0.05);
  });
});
