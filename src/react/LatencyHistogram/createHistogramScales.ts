import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from "d3-scale";
import type { HistogramResult } from "../../digest/computeHistogram";
import { formatResponseTime } from "../ServiceMap/formatResponseTime";

/** The chart's scales and ticks. */
export interface HistogramScales {
  /** Seconds → pixels. */
  readonly x: ScaleContinuousNumeric<number, number>;
  /** Percent of requests → pixels (0 at the bottom). */
  readonly y: ScaleContinuousNumeric<number, number>;
  readonly xTicks: readonly { readonly at: number; readonly label: string }[];
  readonly yTicks: readonly { readonly at: number; readonly label: string }[];
}

/**
 * d3-scale scales for a histogram: x over the bins' span (linear or log; a single value gets a
 * small span around it), y from 0 to the tallest bin's percentage, "nice"; at most about six
 * labelled ticks on each axis.
 * @example createHistogramScales(computeHistogram(digest, { axis: "log" }), "log", 400, 180)
 */
export function createHistogramScales(
  histogram: HistogramResult,
  axis: "linear" | "log",
  width: number,
  height: number,
): HistogramScales {
  const { bins } = histogram;
  let lo = bins.length > 0 ? bins[0].from : axis === "log" ? 0.001 : 0;
  let hi = bins.length > 0 ? bins[bins.length - 1].to : 1;
  if (!(hi > lo)) {
    lo = axis === "log" ? lo / 1.5 : Math.max(0, lo - Math.max(lo * 0.1, 1e-3));
    hi = axis === "log" ? hi * 1.5 : hi + Math.max(hi * 0.1, 1e-3);
  }
  const x =
    axis === "log"
      ? scaleLog().domain([lo, hi]).range([0, width])
      : scaleLinear().domain([lo, hi]).range([0, width]);
  let top = 0;
  for (const b of bins) top = Math.max(top, b.fraction * 100);
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice(4)
    .range([height, 0]);
  let xValues = x.ticks(6);
  if (xValues.length > 7) {
    const every = Math.ceil(xValues.length / 6);
    xValues = xValues.filter((_, i) => i % every === 0);
  }
  return {
    x,
    y,
    xTicks: xValues.map((v) => ({ at: x(v), label: v === 0 ? "0" : formatResponseTime(v) })),
    yTicks: y.ticks(4).map((v) => ({ at: y(v), label: `${v}%` })),
  };
}
