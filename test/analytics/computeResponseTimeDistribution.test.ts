import { describe, expect, it } from "vitest";
import { computeResponseTimeDistribution } from "../../src/analytics/index";
import { latencies } from "./support/latencies";
import { summary } from "./support/summary";

function exactQuantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

describe("computeResponseTimeDistribution", () => {
  it("estimates quantiles close to the exact ones (20,000 traces)", () => {
    const values = latencies(20_000, 7);
    const dist = computeResponseTimeDistribution(values.map((v) => summary({ ResponseTime: v })));
    const sorted = [...values].sort((a, b) => a - b);
    expect(dist.count).toBe(20_000);
    expect(dist.missing).toBe(0);
    expect(dist.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 10);
    for (const q of [0.1, 0.5, 0.9, 0.99, 0.999]) {
      const exact = exactQuantile(sorted, q);
      // Rank error, not value error: the estimate sits within ±0.2 % of ranks of q.
      const lo = exactQuantile(sorted, Math.max(0, q - 0.002));
      const hi = exactQuantile(sorted, Math.min(1, q + 0.002));
      const estimate = dist.digest.quantile(q);
      expect(estimate).toBeGreaterThanOrEqual(lo * 0.999);
      expect(estimate).toBeLessThanOrEqual(hi * 1.001);
      expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.05);
    }
    expect(dist.digest.min).toBe(sorted[0]);
    expect(dist.digest.max).toBe(sorted[sorted.length - 1]);
  });

  it("counts traces without a response time as missing, and reads duration on request", () => {
    const set = [
      summary({ ResponseTime: 0.2, Duration: 1 }),
      summary({ ResponseTime: undefined, Duration: 2 }),
      summary({ ResponseTime: -1, Duration: 3 }),
    ];
    const rt = computeResponseTimeDistribution(set);
    expect([rt.count, rt.missing, rt.mean]).toEqual([1, 2, 0.2]);
    const d = computeResponseTimeDistribution(set, { metric: "duration" });
    expect([d.count, d.missing, d.mean, d.metric]).toEqual([3, 0, 2, "duration"]);
  });
});
