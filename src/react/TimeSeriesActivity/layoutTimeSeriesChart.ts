import type { ScaleTime } from "d3-scale";
import { TRACE_STATUSES, type TraceStatus } from "../../analytics/classifyTraceStatus";
import type { TimeBucket, TimeSeries } from "../../analytics/computeTimeSeries";
import type { ChartTick } from "../charts/ChartAxis";
import {
  createNumberScale,
  createStepArea,
  createStepLine,
  createTimeScale,
  type NumberScale,
} from "../charts/chartFactories";
import type { ChartSeriesKey } from "../charts/ChartSeriesKey";
import { computePlotSize } from "../charts/computePlotSize";

export interface TimeSeriesChartLayout {
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly x: ScaleTime<number, number>;
  readonly y: NumberScale;
  readonly xTicks: readonly ChartTick[];
  readonly yTicks: readonly ChartTick[];
  /** Pixel edges of the periods of the first present series (slots for keyboard and tooltip). */
  readonly slots: readonly number[];
  /** Stacked status areas of all traces (split by status), bottom first. */
  readonly stacks: readonly { readonly status: TraceStatus; readonly area: string }[];
  /** Total-per-period paths of the present series. */
  readonly series: readonly {
    readonly key: ChartSeriesKey;
    readonly area: string;
    readonly line: string;
  }[];
}

export interface TimeSeriesChartInput {
  readonly series: readonly { readonly key: ChartSeriesKey; readonly data: TimeSeries }[];
  readonly split: boolean;
  readonly width: number;
  readonly height: number;
}

type Point = readonly [time: number, value: number, base: number];

/** One point per period start plus the last period's end (so the last step has its width). */
function steps(
  buckets: readonly TimeBucket[],
  value: (b: TimeBucket) => number,
  base: (b: TimeBucket) => number,
): Point[] {
  const points: Point[] = buckets.map((b) => [b.start, value(b), base(b)]);
  const last = buckets[buckets.length - 1];
  if (last !== undefined) points.push([last.end, value(last), base(last)]);
  return points;
}

/**
 * Scales, ticks and stepped paths of time-series activity: a UTC time axis over the series'
 * domain, counts per period on y (0 to the busiest period of any series), all traces stacked by
 * status (or one area), and A/B as lines of totals.
 */
export function layoutTimeSeriesChart(input: TimeSeriesChartInput): TimeSeriesChartLayout {
  const { plotWidth, plotHeight } = computePlotSize(input.width, input.height);
  const first = input.series[0]?.data;
  let start = first?.start ?? 0;
  let end = first?.end ?? 1;
  let top = 0;
  for (const { data } of input.series) {
    start = Math.min(start, data.start);
    end = Math.max(end, data.end);
    for (const b of data.buckets) top = Math.max(top, b.total);
  }
  const x = createTimeScale({ domain: [start, end], range: [0, plotWidth] });
  const y = createNumberScale({
    domain: [0, top > 0 ? top : 1],
    range: [plotHeight, 0],
    nice: true,
  });
  const px = (p: Point) => x(new Date(p[0] * 1000));
  const tickCount = Math.max(2, Math.floor(plotWidth / 90));
  const format = x.tickFormat(tickCount);
  const all = input.series.find((s) => s.key === "all");
  const stacks =
    input.split && all !== undefined
      ? TRACE_STATUSES.map((status, i) => {
          const below = (b: TimeBucket) => TRACE_STATUSES.slice(0, i).reduce((s, k) => s + b[k], 0);
          const points = steps(all.data.buckets, (b) => below(b) + b[status], below);
          return {
            status,
            area: createStepArea(points, { x: px, y: (p) => y(p[1]), y0: (p) => y(p[2]) }),
          };
        })
      : [];
  const series = input.series.map(({ key, data }) => {
    const points = steps(
      data.buckets,
      (b) => b.total,
      () => 0,
    );
    return {
      key,
      area: createStepArea(points, { x: px, y: (p) => y(p[1]), y0: () => plotHeight }),
      line: createStepLine(points, { x: px, y: (p) => y(p[1]) }),
    };
  });
  const slots =
    first === undefined
      ? []
      : [...first.buckets.map((b) => x(new Date(b.start * 1000))), x(new Date(first.end * 1000))];
  return {
    plotWidth,
    plotHeight,
    x,
    y,
    xTicks:
      input.series.length === 0
        ? []
        : x.ticks(tickCount).map((t) => ({ offset: x(t), label: format(t) })),
    yTicks: y
      .ticks(Math.max(2, Math.floor(plotHeight / 40)))
      .filter((t) => Number.isInteger(t))
      .map((t) => ({ offset: y(t), label: String(t) })),
    slots,
    stacks,
    series,
  };
}
