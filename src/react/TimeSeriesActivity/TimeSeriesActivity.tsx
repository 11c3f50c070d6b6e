import { useCallback, useMemo } from "react";
import type { TimeSeries } from "../../analytics/computeTimeSeries";
import { ChartFrame } from "../charts/ChartFrame";
import { ChartSeriesPaths } from "../charts/ChartSeriesPaths";
import { useComparisonChart } from "../charts/useComparisonChart";
import { describeTimeSeries, formatUtcTime } from "./describeTimeSeries";
import { layoutTimeSeriesChart } from "./layoutTimeSeriesChart";
import type { TimeRange, TimeSeriesActivityProps } from "./TimeSeriesActivityProps";

const HINT =
  "Drag across the chart to select a time window. Keyboard: focus the chart, ←/→ move between " +
  "periods, Shift+←/→ extend a selection, Enter applies it, Escape clears it.";

/**
 * X-Ray Analytics' time-series activity: traces per period for all traces (stacked by status in
 * the status colours, or one gray area), set A and set B, on a UTC time axis. Drag to select a
 * window (d3-brush) or use the keyboard alternative; either reports `{ start, end }` in epoch
 * seconds through `onTimeRangeChange`. Tooltips give each period's counts; a visually hidden
 * summary (totals by status and the busiest period per series) is the text alternative.
 * @example
 * const cmp = compareTraceSets({ all: traces, a, b });
 * <TimeSeriesActivity all={cmp.all?.timeSeries} a={cmp.a.timeSeries} b={cmp.b.timeSeries} onTimeRangeChange={setWindow} />
 */
export function TimeSeriesActivity(props: TimeSeriesActivityProps) {
  const { height = 220, split = "status" } = props;
  const chart = useComparisonChart<TimeSeries, TimeRange>(
    props,
    props.timeRange,
    props.defaultTimeRange,
    props.onTimeRangeChange,
  );
  const { width, present, labels, selection: range, setSelection: setRange } = chart;
  const layout = useMemo(
    () => layoutTimeSeriesChart({ series: present, split: split === "status", width, height }),
    [present, split, width, height],
  );
  const buckets = present[0]?.data.buckets ?? [];

  const describeSlot = useCallback(
    (slot: number) => {
      const head = formatUtcTime(present[0]?.data.buckets[slot]?.start ?? 0);
      const parts = present.map((p) => {
        const bucket = p.data.buckets[slot];
        if (bucket === undefined) return `${labels[p.key]} 0`;
        const detail =
          p.key === "all" && split === "status"
            ? ` (${bucket.ok} OK, ${bucket.error} error, ${bucket.throttle} throttle, ${bucket.fault} fault)`
            : "";
        return `${labels[p.key]} ${bucket.total}${detail}`;
      });
      return `${head}: ${parts.join(", ")}`;
    },
    [present, split, labels],
  );
  const describeSlots = useCallback(
    (first: number, last: number) =>
      `Selected ${formatUtcTime(buckets[first].start)} to ${formatUtcTime(buckets[last].end)}; Enter applies`,
    [buckets],
  );
  const selection = useMemo(
    () =>
      range === null
        ? null
        : ([layout.x(new Date(range.start * 1000)), layout.x(new Date(range.end * 1000))] as const),
    [range, layout.x],
  );
  const summary = describeTimeSeries(present.map((p) => ({ label: labels[p.key], data: p.data })));

  return (
    <div {...chart.wrapProps}>
      <ChartFrame
        title={props.title ?? "Time series activity"}
        summary={
          range === null
            ? summary
            : `${summary} Selected ${formatUtcTime(range.start)} to ${formatUtcTime(range.end)}.`
        }
        legend={chart.legend}
        width={width}
        height={height}
        plot={layout}
        xLabel="Time (UTC)"
        yLabel="Traces"
        slots={layout.slots}
        describeSlot={describeSlot}
        describeSlots={describeSlots}
        selection={selection}
        onBrushEnd={(px) => {
          if (px === null) return setRange(null);
          const start = Math.floor(layout.x.invert(px[0]).getTime() / 1000);
          const end = Math.ceil(layout.x.invert(px[1]).getTime() / 1000);
          setRange({ start, end: Math.max(end, start + 1) });
        }}
        onCommitSlots={(first, last) =>
          setRange({ start: buckets[first].start, end: buckets[last].end })
        }
        onClear={() => setRange(null)}
        hint={HINT}
        baseClass="tl-timeseries"
        className={props.className}
        style={props.style}
      >
        {layout.stacks.map((s) => (
          <path
            key={s.status}
            data-status={s.status}
            className={`tl-chart-status-${s.status}`}
            d={s.area}
          />
        ))}
        <ChartSeriesPaths series={layout.series} allArea={layout.stacks.length === 0} />
      </ChartFrame>
    </div>
  );
}
