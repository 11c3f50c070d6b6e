import type { CSSProperties } from "react";
import type { TDigest } from "../../digest/TDigest";
import type { ChartSeriesLabels } from "../charts/ChartSeriesLabels";
import type { ResponseTimeRange } from "./toResponseTimeRange";

export interface ResponseTimeDistributionProps {
  /** All traces (gray area), e.g. `computeResponseTimeDistribution(traces).digest`. */
  readonly all?: TDigest | null;
  /** Filtered set A (solid accent line). */
  readonly a?: TDigest | null;
  /** Filtered set B (dashed line). */
  readonly b?: TDigest | null;
  readonly labels?: ChartSeriesLabels;
  /** Number of bins on the shared axis, default 40. */
  readonly bins?: number;
  /** `linear` (default) or `log` response-time axis. */
  readonly axis?: "linear" | "log";
  /** The response times the axis spans, [from, to] seconds (zoom); default the data's range.
   * Traces outside are not drawn. */
  readonly domain?: readonly [number, number] | null;
  /** `count` (default): traces per bin; `percent`: each series' share per bin (compares sets of
   * different sizes). */
  readonly yMode?: "count" | "percent";

  /** Selected range (controlled); null for none. */
  readonly range?: ResponseTimeRange | null;
  readonly defaultRange?: ResponseTimeRange | null;
  /**
   * Called when a range is chosen by drag (or the keyboard: Shift+arrows then Enter) with its
   * bounds in seconds and the filter expression `responsetime >= from AND responsetime <= to`;
   * with null when the selection is cleared (click, or Escape).
   */
  readonly onRangeChange?: (range: ResponseTimeRange | null) => void;

  /** Width in px; default the container's width (640 where nothing is laid out). */
  readonly width?: number;
  /** Height of the plot's SVG in px, default 240. */
  readonly height?: number;
  /** Title and accessible name, default "Response time distribution". */
  readonly title?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
}
