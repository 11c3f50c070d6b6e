import { describe, expect, it } from "vitest";
import {
  computeDistributionBins,
  computeResponseTimeDistribution,
} from "../../src/analytics/index";
import { latencies } from "./support/latencies";
import { summary } from "./support/summary";

describe("computeDistributionBins", () => {
  it("bins several digests on one shared axis whose counts add up", () => {
    const all = computeResponseTimeDistribution(
      latencies(3000, 1).map((v) => summary({ ResponseTime: v })),
    );
    const a = computeResponseTimeDistribution(
      latencies(500, 2).map((v) => summary({ ResponseTime: v * 3 })),
    );
    const bins = computeDistributionBins([all.digest, a.digest, null], { bins: 20 });
    expect(bins.edges).toHaveLength(21);
    expect(bins.from).toBe(Math.min(all.digest.min, a.digest.min));
    expect(bins.to).toBe(Math.max(all.digest.max, a.digest.max));
    expect(bins.series[2]).toEqual([]);
    for (const [i, digest] of [all.digest, a.digest].entries()) {
      const series = bins.series[i];
      expect(series.map((b) => b.from)).toEqual(bins.edges.slice(0, -1));
      expect(series.reduce((s, b) => s + b.count, 0)).toBeCloseTo(digest.count, 6);
    }
  });

  it("spaces log-axis edges geometrically and returns no edges without data", () => {
    const d = computeResponseTimeDistribution(
      [0.01, 0.1, 1].map((v) => summary({ ResponseTime: v })),
    ).digest;
    const { edges } = computeDistributionBins([d], { bins: 2, axis: "log" });
    expect(edges[0]).toBeCloseTo(0.01, 12);
    expect(edges[1]).toBeCloseTo(0.1, 12);
    expect(edges[2]).toBeCloseTo(1, 12);
    expect(computeDistributionBins([undefined]).edges).toEqual([]);
  });
});
