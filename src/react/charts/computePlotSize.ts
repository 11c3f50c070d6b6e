import { CHART_MARGIN } from "./chartMargin";

/**
 * The plot's size inside a chart of `width` × `height` px: the chart less `CHART_MARGIN`, at
 * least 10 px each way.
 * @example computePlotSize(640, 240) // { plotWidth: 576, plotHeight: 186 }
 */
export function computePlotSize(
  width: number,
  height: number,
): { readonly plotWidth: number; readonly plotHeight: number } {
  return {
    plotWidth: Math.max(10, width - CHART_MARGIN.left - CHART_MARGIN.right),
    plotHeight: Math.max(10, height - CHART_MARGIN.top - CHART_MARGIN.bottom),
  };
}
