import { describe, expect, it } from "vitest";
import { computeTimeSeries } from "../../../src/analytics/index";
import { CHART_MARGIN } from "../../../src/react/charts/chartMargin";
import { layoutTimeSeriesChart } from "../../../src/react/TimeSeriesActivity/layoutTimeSeriesChart";
import { summary } from "../../analytics/support/summary";

const T0 = 1_700_000_400;

describe("layoutTimeSeriesChart", () => {
  const data = computeTimeSeries(
    [
      summary({ StartTime: T0 }),
      summary({ StartTime: T0 + 1, HasFault: true }),
      summary({ StartTime: T0 + 70, HasError: true }),
    ],
    { period: 60 },
  );
  const layout = layoutTimeSeriesChart({
    series: [{ key: "all", data }],
    split: true,
    width: 200 + CHART_MARGIN.left + CHART_MARGIN.right,
    height: 100 + CHART_MARGIN.top + CHART_MARGIN.bottom,
  });

  it("spans the plot with the series' periods as slots", () => {
    expect(data.buckets).toHaveLength(2);
    expect(layout.slots).toEqual([0, 100, 200]);
    expect(layout.y(0)).toBe(100);
    expect(layout.y.domain()[1]).toBeGreaterThanOrEqual(2);
  });

  it("stacks status areas: each status sits on the ones below it", () => {
    expect(layout.stacks.map((s) => s.status)).toEqual(["ok", "error", "throttle", "fault"]);
    // The fault area of the first period goes from 1 trace (OK below) up to 2.
    const fault = layout.stacks[3].area;
    expect(fault).toContain(`${layout.y(2)}`);
    expect(fault).toContain(`${layout.y(1)}`);
  });

  it("leaves out the stacks without a split", () => {
    const plain = layoutTimeSeriesChart({
      series: [{ key: "all", data }],
      split: false,
      width: 300,
      height: 200,
    });
    expect(plain.stacks).toEqual([]);
    expect(plain.series[0].area).toMatch(/^M/);
  });
});
