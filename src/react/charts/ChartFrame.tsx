import {
  useId,
  useRef,
  useState,
  type CSSProperties,
  type PointerEvent,
  type ReactNode,
} from "react";
import { ChartAxis, type ChartTick } from "./ChartAxis";
import { ChartStyles } from "./ChartStyles";
import { CHART_MARGIN } from "./chartMargin";
import type { ChartSeriesKey } from "./ChartSeriesKey";
import { useChartBrush } from "./useChartBrush";
import { useChartKeyboard } from "./useChartKeyboard";

/** The plot's size in px and its axis ticks. */
export interface ChartPlot {
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly xTicks: readonly ChartTick[];
  readonly yTicks: readonly ChartTick[];
}

export interface ChartFrameProps {
  /** Visible title and the accessible name of the chart. */
  readonly title: string;
  /** The text alternative (read by screen readers with the chart). */
  readonly summary: string;
  readonly legend: readonly { readonly key: ChartSeriesKey; readonly label: string }[];
  readonly width: number;
  readonly height: number;
  /** The plot's size and axis ticks (what `layoutDistributionChart` and `layoutTimeSeriesChart` give). */
  readonly plot: ChartPlot;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Pixel edges of the slots (bins or periods) the keyboard and tooltip step through. */
  readonly slots: readonly number[];
  /** Tooltip and announcement text of a slot. */
  readonly describeSlot: (slot: number) => string;
  /** Text announced for a pending keyboard selection of slots first..last. */
  readonly describeSlots: (first: number, last: number) => string;
  /** The committed selection in px from the plot's left edge; null for none. */
  readonly selection: readonly [number, number] | null;
  /** A drag ended: px from the plot's left edge, or null when a click cleared it. */
  readonly onBrushEnd: (selection: readonly [number, number] | null) => void;
  /** The keyboard committed slots first..last. */
  readonly onCommitSlots: (first: number, last: number) => void;
  readonly onClear: () => void;
  /** Instructions for the drag and keyboard selection (visible hint and description). */
  readonly hint: string;
  /** The series, drawn in plot coordinates. */
  readonly children: ReactNode;
  readonly baseClass: string;
  readonly className?: string;
  readonly style?: CSSProperties;
}

function slotAt(slots: readonly number[], px: number): number {
  if (slots.length < 2 || px < slots[0] || px > slots[slots.length - 1]) return -1;
  let lo = 0;
  let hi = slots.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (slots[mid] <= px) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * What both analytics charts share: legend, axes, a d3-brush for drag selection, a focusable
 * frame with the keyboard alternative (see `useChartKeyboard`), a tooltip that follows the pointer
 * or the keyboard cursor, a live region, and the visually hidden text alternative.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { width, height, slots } = props;
  const { plotWidth, plotHeight, xTicks, yTicks } = props.plot;
  const brushRef = useRef<SVGGElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState(false);
  const [focused, setFocused] = useState(false);
  const summaryId = useId();
  const hintId = useId();
  const keyboard = useChartKeyboard(slots.length - 1, props.onCommitSlots, props.onClear);
  useChartBrush(brushRef, {
    width: plotWidth,
    height: plotHeight,
    selection: props.selection,
    onEnd: props.onBrushEnd,
  });

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (rect === undefined) return;
    const slot = slotAt(slots, event.clientX - rect.left - CHART_MARGIN.left);
    setHover(slot >= 0);
    if (slot >= 0) keyboard.setCursor(slot);
  };
  const cursor = keyboard.cursor;
  const showCursor = cursor >= 0 && cursor < slots.length - 1 && (hover || focused);
  const pending = keyboard.pending;
  const live =
    focused && pending !== null
      ? props.describeSlots(pending[0], pending[1])
      : focused && cursor >= 0 && cursor < slots.length - 1
        ? props.describeSlot(cursor)
        : "";
  const tooltipLeft = showCursor
    ? Math.min(CHART_MARGIN.left + slots[cursor], Math.max(0, width - 160))
    : 0;

  return (
    <div
      className={
        props.className === undefined
          ? `tl-chart ${props.baseClass}`
          : `tl-chart ${props.baseClass} ${props.className}`
      }
      style={props.style}
    >
      <ChartStyles />
      <p className="tl-chart-title">{props.title}</p>
      <ul className="tl-chart-legend" aria-hidden="true">
        {props.legend.map((l) => (
          <li key={l.key}>
            <span className={`tl-chart-swatch tl-chart-swatch-${l.key} tl-chart-line-${l.key}`} />
            {l.label}
          </li>
        ))}
      </ul>
      <div
        className="tl-chart-frame"
        role="group"
        tabIndex={0}
        aria-label={props.title}
        aria-describedby={`${summaryId} ${hintId}`}
        aria-keyshortcuts="ArrowLeft ArrowRight Home End Shift+ArrowLeft Shift+ArrowRight Enter Escape"
        onKeyDown={keyboard.onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(false)}
        style={{ position: "relative", width }}
      >
        <svg
          ref={svgRef}
          className="tl-chart-plot"
          width={width}
          height={height}
          aria-hidden="true"
        >
          <g transform={`translate(${CHART_MARGIN.left},${CHART_MARGIN.top})`}>
            <ChartAxis
              orientation="left"
              ticks={yTicks}
              length={plotHeight}
              grid={plotWidth}
              label={props.yLabel}
            />
            <g transform={`translate(0,${plotHeight})`}>
              <ChartAxis
                orientation="bottom"
                ticks={xTicks}
                length={plotWidth}
                label={props.xLabel}
              />
            </g>
            {props.children}
            {pending === null ? null : (
              <rect
                className="tl-chart-pending"
                data-testid="tl-chart-pending"
                x={slots[pending[0]]}
                width={slots[pending[1] + 1] - slots[pending[0]]}
                y={0}
                height={plotHeight}
              />
            )}
            {showCursor ? (
              <rect
                className="tl-chart-cursor"
                x={slots[cursor]}
                width={Math.max(1, slots[cursor + 1] - slots[cursor])}
                y={0}
                height={plotHeight}
              />
            ) : null}
            <g ref={brushRef} className="tl-chart-brush" />
          </g>
        </svg>
        {showCursor ? (
          <div
            className="tl-chart-tooltip"
            role="presentation"
            aria-hidden="true"
            style={{ left: tooltipLeft, top: 0 }}
          >
            {props.describeSlot(cursor)}
          </div>
        ) : null}
      </div>
      <p id={summaryId} className="tl-visually-hidden" data-testid="tl-chart-summary">
        {props.summary}
      </p>
      <p id={hintId} className="tl-chart-hint">
        {props.hint}
      </p>
      <div className="tl-visually-hidden" aria-live="polite" data-testid="tl-chart-live">
        {live}
      </div>
    </div>
  );
}
