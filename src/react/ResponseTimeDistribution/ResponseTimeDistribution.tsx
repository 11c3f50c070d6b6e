import { useCallback, useMemo } from "react";
import { computeDistributionBins } from "../../analytics/computeDistributionBins";
import type { TDigest } from "../../digest/TDigest";
import { ChartFrame } from "../charts/ChartFrame";
import { ChartSeriesPaths } from "../charts/ChartSeriesPaths";
import { useComparisonChart } from "../charts/useComparisonChart";
import { describeDistribution } from "./describeDistribution";
import { formatAxisSeconds } from "./formatAxisSeconds";
import { layoutDistributionChart } from "./layoutDistributionChart";
import type { ResponseTimeDistributionProps } from "./ResponseTimeDistributionProps";
import { toResponseTimeRange, type ResponseTimeRange } from "./toResponseTimeRange";

const HINT =
  "Drag across the chart to select a response-time range. Keyboard: focus the chart, " +
  "←/→ move between bins, Shift+←/→ extend a selection, Enter applies it, Escape clears it.";

/**
 * X-Ray Analytics' response-time distribution: traces per response-time bin for all traces
 * (gray), set A and set B on one shared axis. Drag to select a range (d3-brush) or use the
 * keyboard alternative; either reports `{ from, to, expression }` through `onRangeChange`, with
 * `expression` = `responsetime >= from AND responsetime <= to`. Tooltips show each bin's counts;
 * a visually hidden summary (quantiles per series) is the text alternative.
 * @example
 * <ResponseTimeDistribution all={all.digest} a={a.digest} onRangeChange={(r) => setFilter(r?.expression ?? "")} />
 */
export function ResponseTimeDistribution(props: ResponseTimeDistributionProps) {
  const { bins: binCount = 40, axis = "linear", yMode = "count", height = 240 } = props;
  const chart = useComparisonChart<TDigest, ResponseTimeRange>(
    props,
    props.range,
    props.defaultRange,
    props.onRangeChange,
  );
  const { width, present, labels, selection: range, setSelection: setRange } = chart;
  const from = props.domain?.[0];
  const to = props.domain?.[1];
  const bins = useMemo(
    () =>
      computeDistributionBins(
        present.map((p) => p.data),
        { bins: binCount, axis, from, to },
      ),
    [present, binCount, axis, from, to],
  );
  const layout = useMemo(
    () => layoutDistributionChart({ bins, keys: present.map((p) => p.key), yMode, width, height }),
    [bins, present, yMode, width, height],
  );
  const slots = useMemo(() => bins.edges.map((e) => layout.x(e)), [bins, layout]);

  const describeSlot = useCallback(
    (slot: number) => {
      const from = formatAxisSeconds(bins.edges[slot]);
      const to = formatAxisSeconds(bins.edges[slot + 1]);
      const counts = present.map((p, i) => {
        const bin = bins.series[i][slot];
        const value =
          yMode === "percent"
            ? `${((bin?.fraction ?? 0) * 100).toFixed(1)}%`
            : String(Math.round(bin?.count ?? 0));
        return `${labels[p.key]} ${value}`;
      });
      return `${from}–${to}: ${counts.join(", ")}`;
    },
    [bins, present, yMode, labels],
  );
  const describeSlots = useCallback(
    (first: number, last: number) =>
      `Selected ${formatAxisSeconds(bins.edges[first])}–${formatAxisSeconds(bins.edges[last + 1])}; Enter applies`,
    [bins],
  );
  const choose = useCallback(
    (from: number, to: number) => setRange(toResponseTimeRange(from, to, layout.x)),
    [setRange, layout.x],
  );
  const selection = useMemo(
    () => (range === null ? null : ([layout.x(range.from), layout.x(range.to)] as const)),
    [range, layout.x],
  );
  const summary = describeDistribution(
    present.map((p) => ({ label: labels[p.key], digest: p.data })),
  );

  return (
    <div {...chart.wrapProps}>
      <ChartFrame
        title={props.title ?? "Response time distribution"}
        summary={range === null ? summary : `${summary} Selected ${range.expression}.`}
        legend={chart.legend}
        width={width}
        height={height}
        plot={layout}
        xLabel="Response time"
        yLabel={yMode === "percent" ? "% of traces" : "Traces"}
        slots={slots}
        describeSlot={describeSlot}
        describeSlots={describeSlots}
        selection={selection}
        onBrushEnd={(px) => {
          if (px === null) setRange(null);
          else choose(layout.x.invert(px[0]), layout.x.invert(px[1]));
        }}
        onCommitSlots={(first, last) => choose(bins.edges[first], bins.edges[last + 1])}
        onClear={() => setRange(null)}
        hint={HINT}
        baseClass="tl-distribution"
        className={props.className}
        style={props.style}
      >
        <ChartSeriesPaths series={layout.series} />
      </ChartFrame>
    </div>
  );
}
