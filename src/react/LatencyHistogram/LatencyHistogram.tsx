import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { computeHistogram } from "../../digest/computeHistogram";
import { formatResponseTime } from "../ServiceMap/formatResponseTime";
import { useControllableState } from "../theme/useControllableState";
import { useElementWidth } from "../theme/useElementWidth";
import { createHistogramScales } from "./createHistogramScales";
import { describeLatencyHistogram, formatPercentileLabel } from "./describeLatencyHistogram";
import { formatResponseTimeFilter } from "./formatResponseTimeFilter";
import { HistogramAxis } from "./HistogramAxis";
import type { HistogramRange } from "./HistogramSubject";
import type { LatencyHistogramProps } from "./LatencyHistogramProps";
import { LatencyHistogramStyles } from "./LatencyHistogramStyles";
import { roundHistogramRange } from "./roundHistogramRange";
import { stepHistogramRange } from "./stepHistogramRange";
import { useHistogramBrush } from "./useHistogramBrush";

const M = { top: 14, right: 14, bottom: 36, left: 46 };
const DEFAULT_PERCENTILES = [0.5, 0.9, 0.99];

/**
 * The response-time distribution of a node or an edge from its t-digest, as X-Ray's service
 * details show it: x = response time (linear or log), y = % of requests, percentile markers, a
 * tooltip with counts per bin, and a range to brush (pointer, or arrow keys on the focused chart)
 * that calls `onRangeChange({ from, to, expression })` with the matching filter expression. A
 * visually hidden sentence describes the chart for screen readers.
 * @example
 * <LatencyHistogram digest={node.responseTimeDigest} subject={{ kind: "service", service: { name: node.name } }}
 *   onRangeChange={(r) => r && setFilter(r.expression)} />
 */
export function LatencyHistogram(props: LatencyHistogramProps) {
  const { digest, subject, status = "all", metric = "responsetime" } = props;
  const root = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(root);
  const width = props.width ?? (measured > 0 ? measured : 480);
  const plotW = Math.max(40, width - M.left - M.right);
  const plotH = Math.max(40, props.height ?? 180);
  const [axis, setAxis] = useControllableState(
    props.axis,
    props.defaultAxis ?? "linear",
    props.onAxisChange,
  );
  const [range, setRange] = useControllableState<HistogramRange | null>(
    props.range,
    props.defaultRange ?? null,
  );
  // Percentiles compare by value, so an inline array does not recompute the histogram.
  const percentileKey = (props.percentiles ?? DEFAULT_PERCENTILES).join(",");
  const binCount = props.bins ?? 40;
  const histogram = useMemo(
    () =>
      digest === null || digest.count === 0
        ? { bins: [], percentiles: [], below: 0, above: 0, count: 0 }
        : computeHistogram(digest, {
            bins: binCount,
            axis,
            percentiles: percentileKey === "" ? [] : percentileKey.split(",").map(Number),
          }),
    [digest, binCount, axis, percentileKey],
  );
  const scales = useMemo(
    () => createHistogramScales(histogram, axis, plotW, plotH),
    [histogram, axis, plotW, plotH],
  );
  const label =
    props.subjectLabel ??
    (subject === undefined
      ? "this selection"
      : subject.kind === "service"
        ? subject.service.name
        : `${subject.source.name} → ${subject.target.name}`);
  const onRangeChange = props.onRangeChange;
  const change = (next: HistogramRange | null): void => {
    const rounded = next === null ? null : roundHistogramRange(next);
    setRange(rounded);
    if (onRangeChange === undefined) return;
    if (rounded === null) return onRangeChange(null);
    const expression =
      subject === undefined
        ? null
        : formatResponseTimeFilter({ subject, range: rounded, status, metric });
    onRangeChange({ ...rounded, expression });
  };
  const brushGroup = useRef<SVGGElement>(null);
  const [lo, hi] = scales.x.domain();
  const clampX = (v: number): number =>
    Math.max(0, Math.min(plotW, scales.x(Math.min(hi, Math.max(lo, v)))));
  const span: readonly [number, number] | null =
    range === null ? null : [clampX(range.from), clampX(range.to)];
  useHistogramBrush(brushGroup, histogram.count > 0 ? plotW : 0, plotH, span, (px) =>
    change(px === null ? null : { from: scales.x.invert(px[0]), to: scales.x.invert(px[1]) }),
  );
  // A marker label closer than 30 px to the previous one goes a line up (unless that one did).
  const markers: { q: number; value: number; raised: boolean }[] = [];
  for (const p of histogram.percentiles) {
    const prev = markers[markers.length - 1];
    const close = prev !== undefined && Math.abs(clampX(p.value) - clampX(prev.value)) < 30;
    markers.push({ ...p, raised: close && !prev.raised });
  }
  const [hover, setHover] = useState<number | null>(null);
  const onPointerMove = (event: PointerEvent<SVGSVGElement>): void => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - box.left - M.left;
    if (px < 0 || px > plotW || histogram.bins.length === 0) return setHover(null);
    const value = scales.x.invert(px);
    const i = histogram.bins.findIndex((b) => value >= b.from && value <= b.to);
    setHover(i < 0 ? null : i);
  };
  const edges = useMemo(
    () =>
      histogram.bins.length === 0
        ? []
        : [histogram.bins[0].from, ...histogram.bins.map((b) => b.to)],
    [histogram],
  );
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    const p50 = histogram.percentiles.find((p) => p.q === 0.5)?.value ?? digest?.quantile(0.5) ?? 0;
    const start = Math.max(
      0,
      histogram.bins.findIndex((b) => p50 >= b.from && p50 <= b.to),
    );
    const next = stepHistogramRange(edges, range, event.key, event.shiftKey, start);
    if (next === undefined) return;
    event.preventDefault();
    change(next);
  };
  const descriptionId = useId();
  const inRange =
    range === null || digest === null || digest.count === 0
      ? null
      : Math.max(0, digest.rank(range.to, true) - digest.rank(range.from, false));
  const hovered = hover === null ? undefined : histogram.bins[hover];
  return (
    <div
      ref={root}
      className={props.className === undefined ? "tl-hist" : `tl-hist ${props.className}`}
      style={props.style}
    >
      <LatencyHistogramStyles />
      <div className="tl-hist-header">
        <span className="tl-hist-title">{props.title ?? "Response time distribution"}</span>
        <span className="tl-hist-percentiles">
          {histogram.percentiles.map((p) => (
            <span key={p.q}>
              {formatPercentileLabel(p.q)} {formatResponseTime(p.value)}
            </span>
          ))}
        </span>
        <label className="tl-hist-axis-toggle">
          <input
            type="checkbox"
            checked={axis === "log"}
            onChange={(e) => setAxis(e.target.checked ? "log" : "linear")}
          />{" "}
          Log scale
        </label>
      </div>
      <p id={descriptionId} className="tl-visually-hidden">
        {describeLatencyHistogram(histogram, label)}
      </p>
      <div className="tl-hist-plot" style={{ width, height: plotH + M.top + M.bottom }}>
        <svg
          width={width}
          height={plotH + M.top + M.bottom}
          role="group"
          aria-label={`${props.title ?? "Response time distribution"} of ${label}`}
          aria-describedby={descriptionId}
          aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End Escape"
          tabIndex={histogram.count > 0 ? 0 : -1}
          onKeyDown={onKeyDown}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHover(null)}
        >
          <g transform={`translate(${M.left},${M.top})`}>
            <g className="tl-hist-bars">
              {histogram.bins.map((b, i) => {
                const x0 = scales.x(b.from);
                const x1 = scales.x(b.to);
                const y = scales.y(b.fraction * 100);
                return (
                  <rect
                    key={i}
                    className={i === hover ? "tl-hist-bar tl-hist-bar-hover" : "tl-hist-bar"}
                    x={x0}
                    width={Math.max(0.5, x1 - x0 - 0.5)}
                    y={y}
                    height={Math.max(0, plotH - y)}
                  />
                );
              })}
            </g>
            {markers.map((p) =>
              Number.isFinite(p.value) ? (
                <g
                  key={p.q}
                  className="tl-hist-marker"
                  transform={`translate(${clampX(p.value)},0)`}
                >
                  <line y1={0} y2={plotH} />
                  <text y={p.raised ? -13 : -3} textAnchor="middle">
                    {formatPercentileLabel(p.q)}
                  </text>
                </g>
              ) : null,
            )}
            <g transform={`translate(0,${plotH})`}>
              <HistogramAxis
                ticks={scales.xTicks}
                orientation="bottom"
                length={plotW}
                title="Response time"
              />
            </g>
            <HistogramAxis
              ticks={scales.yTicks}
              orientation="left"
              length={plotH}
              title="% of requests"
            />
            <g ref={brushGroup} className="tl-hist-brush" />
          </g>
        </svg>
        {hovered === undefined ? null : (
          <div
            className="tl-hist-tooltip"
            role="tooltip"
            style={{ left: Math.min(width - 180, M.left + scales.x(hovered.to) + 6), top: M.top }}
          >
            <div>
              {formatResponseTime(hovered.from)} – {formatResponseTime(hovered.to)}
            </div>
            <div>
              {Math.round(hovered.count)} {Math.round(hovered.count) === 1 ? "request" : "requests"}{" "}
              ({(hovered.fraction * 100).toFixed(1)}%)
            </div>
          </div>
        )}
        {histogram.count === 0 ? <div className="tl-hist-empty">No requests</div> : null}
      </div>
      <div className="tl-hist-footer" aria-live="polite" data-testid="tl-hist-selection">
        {range === null || inRange === null
          ? "Drag across the chart (or use the arrow keys) to select a range."
          : `Selected ${formatResponseTime(range.from)} – ${formatResponseTime(range.to)}: ` +
            `${Math.round(inRange)} ${Math.round(inRange) === 1 ? "request" : "requests"} ` +
            `(${((100 * inRange) / digest!.count).toFixed(1)}%)`}
        {range === null ? null : (
          <button type="button" className="tl-hist-clear" onClick={() => change(null)}>
            Clear
          </button>
        )}
      </div>
    </div>
  );
}
