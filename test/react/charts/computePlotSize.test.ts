import { describe, expect, it } from "vitest";
import { CHART_MARGIN } from "../../../src/react/charts/chartMargin";
import { computePlotSize } from "../../../src/react/charts/computePlotSize";

describe("computePlotSize", () => {
  it("takes the margin off the chart's size", () => {
    const width = 500 + CHART_MARGIN.left + CHART_MARGIN.right;
    const height = 200 + CHART_MARGIN.top + CHART_MARGIN.bottom;
    expect(computePlotSize(width, height)).toEqual({ plotWidth: 500, plotHeight: 200 });
  });

  it("keeps at least 10 px each way in a chart smaller than its margin", () => {
    expect(computePlotSize(20, 0)).toEqual({ plotWidth: 10, plotHeight: 10 });
  });
});
