import type { DistributionBins } from "../../analytics/computeDistributionBins";
import type { ChartTick } from "../charts/ChartAxis";
import {
  createNumberScale,
  createStepArea,
  createStepLine,
  type NumberScale,
} from "../charts/chartFactories";
import type { ChartSeriesKey } from "../charts/ChartSeriesKey";
import { computePlotSize } from "../charts/computePlotSize";
import { formatAxisSeconds } from "./formatAxisSeconds";

export interface DistributionChartLayout {
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly x: NumberScale;
  readonly y: NumberScale;
  readonly xTicks: readonly ChartTick[];
  readonly yTicks: readonly ChartTick[];
  /** Per present series: its bin values (counts or fractions) and SVG paths. */
  readonly series: readonly {
    readonly key: ChartSeriesKey;
    readonly values: readonly number[];
    readonly area: string;
    readonly line: string;
  }[];
}

export interface DistributionChartInput {
  readonly bins: DistributionBins;
  /** Which of `bins.series` is which (same order). */
  readonly keys: readonly ChartSeriesKey[];
  readonly yMode: "count" | "percent";
  readonly width: number;
  readonly height: number;
}

const percentLabel = (f: number) => `${Number((f * 100).toPrecision(3))}%`;

/**
 * Scales, ticks and stepped paths of the response-time distribution: x over the bins' edges
 * (linear or log), y from 0 to the highest bin of any series (counts, or each series' fraction).
 */
export function layoutDistributionChart(input: DistributionChartInput): DistributionChartLayout {
  const { bins, keys, yMode } = input;
  const { plotWidth, plotHeight } = computePlotSize(input.width, input.height);
  const edges = bins.edges;
  const hasData = edges.length > 1;
  const x = createNumberScale({
    domain: hasData ? [edges[0], edges[edges.length - 1]] : [0, 1],
    range: [0, plotWidth],
    type: hasData ? bins.axis : "linear",
  });
  const values = bins.series.map((s) => s.map((b) => (yMode === "percent" ? b.fraction : b.count)));
  let top = 0;
  for (const v of values) for (const n of v) if (n > top) top = n;
  const y = createNumberScale({
    domain: [0, top > 0 ? top : 1],
    range: [plotHeight, 0],
    nice: true,
  });
  const xCount = Math.max(2, Math.floor(plotWidth / 80));
  // A log scale offers every 1…9 × 10^k; its tickFormat blanks those that would crowd.
  const xFormat = x.tickFormat(xCount);
  const xTicks = x.ticks(xCount).filter((t) => bins.axis !== "log" || xFormat(t) !== "");
  const yTicks = y
    .ticks(Math.max(2, Math.floor(plotHeight / 40)))
    .filter((t) => (yMode === "count" ? Number.isInteger(t) : true));
  const series = keys.map((key, i) => {
    const v = values[i] ?? [];
    // One point per edge; the last repeats the last bin so the final step has its width.
    const points = v.length === 0 ? [] : edges.map((e, j) => [e, v[Math.min(j, v.length - 1)]]);
    const px = (d: number[]) => x(d[0]);
    const py = (d: number[]) => y(d[1]);
    return {
      key,
      values: v,
      area: createStepArea(points, { x: px, y: py, y0: () => plotHeight }),
      line: createStepLine(points, { x: px, y: py }),
    };
  });
  return {
    plotWidth,
    plotHeight,
    x,
    y,
    xTicks: hasData ? xTicks.map((t) => ({ offset: x(t), label: formatAxisSeconds(t) })) : [],
    yTicks: yTicks.map((t) => ({
      offset: y(t),
      label: yMode === "percent" ? percentLabel(t) : String(t),
    })),
    series,
  };
}
