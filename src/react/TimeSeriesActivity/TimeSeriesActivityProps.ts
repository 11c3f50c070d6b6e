import type { CSSProperties } from "react";
import type { TimeSeries } from "../../analytics/computeTimeSeries";
import type { ChartSeriesLabels } from "../charts/ChartSeriesLabels";

/** A time window in epoch seconds, [start, end). */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

export interface TimeSeriesActivityProps {
  /**
   * All traces per period (`computeTimeSeries`, or `compareTraceSets(...).all.timeSeries`). Give
   * every series the same start, end and period (compareTraceSets does).
   */
  readonly all?: TimeSeries | null;
  /** Set A per period (solid accent line of totals). */
  readonly a?: TimeSeries | null;
  /** Set B per period (dashed line of totals). */
  readonly b?: TimeSeries | null;
  readonly labels?: ChartSeriesLabels;
  /** `status` (default): all traces as stacked OK / error / throttle / fault areas in the status
   * colours; `none`: one gray area. */
  readonly split?: "status" | "none";

  /** Selected window (controlled); null for none. */
  readonly timeRange?: TimeRange | null;
  readonly defaultTimeRange?: TimeRange | null;
  /**
   * Called when a window is chosen by drag (whole seconds, start rounded down and end up) or with
   * the keyboard (Shift+arrows then Enter: whole periods); with null when cleared.
   */
  readonly onTimeRangeChange?: (range: TimeRange | null) => void;

  /** Width in px; default the container's width (640 where nothing is laid out). */
  readonly width?: number;
  /** Height of the plot's SVG in px, default 220. */
  readonly height?: number;
  /** Title and accessible name, default "Time series activity". */
  readonly title?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
}
