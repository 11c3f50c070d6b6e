import { describe, expect, it } from "vitest";
import {
  computeDistributionBins,
  computeResponseTimeDistribution,
} from "../../../src/analytics/index";
import { CHART_MARGIN } from "../../../src/react/charts/chartMargin";
import { layoutDistributionChart } from "../../../src/react/ResponseTimeDistribution/layoutDistributionChart";
import { summary } from "../../analytics/support/summary";

const digest = (values: number[]) =>
  computeResponseTimeDistribution(values.map((v) => summary({ ResponseTime: v }))).digest;

describe("layoutDistributionChart", () => {
  const all = digest([0, 0.1, 0.1, 0.2, 0.35, 0.4]);
  const a = digest([0.1, 0.4]);
  const bins = computeDistributionBins([all, a], { bins: 4 });

  it("maps the shared edges across the plot and the highest bin under the top", () => {
    const layout = layoutDistributionChart({
      bins,
      keys: ["all", "a"],
      yMode: "count",
      width: 400 + CHART_MARGIN.left + CHART_MARGIN.right,
      height: 200 + CHART_MARGIN.top + CHART_MARGIN.bottom,
    });
    expect(layout.plotWidth).toBe(400);
    expect(layout.x(0)).toBe(0);
    expect(layout.x(0.4)).toBe(400);
    expect(layout.series.map((s) => s.key)).toEqual(["all", "a"]);
    expect(layout.series[0].values.reduce((x, y) => x + y, 0)).toBeCloseTo(6, 6);
    const top = Math.max(...layout.series[0].values);
    expect(layout.y(top)).toBeGreaterThanOrEqual(0);
    expect(layout.y(0)).toBe(200);
    // A stepped path: starts at the first edge, ends at the last, one step per bin.
    expect(layout.series[1].line.startsWith("M0,")).toBe(true);
    expect(layout.series[1].line).toMatch(/H400$|L400,[\d.]+$/);
    expect(layout.yTicks.every((t) => /^\d+$/.test(t.label))).toBe(true);
  });

  it("plots each series' share per bin in percent mode", () => {
    const layout = layoutDistributionChart({
      bins,
      keys: ["all", "a"],
      yMode: "percent",
      width: 500,
      height: 300,
    });
    for (const s of layout.series) expect(s.values.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 6);
    expect(layout.yTicks.at(-1)?.label).toMatch(/%$/);
  });

  it("draws empty axes without data", () => {
    const empty = computeDistributionBins([null]);
    const layout = layoutDistributionChart({
      bins: empty,
      keys: ["all"],
      yMode: "count",
      width: 300,
      height: 200,
    });
    expect(layout.series[0].line).toBe("");
    expect(layout.xTicks).toEqual([]);
  });
});
