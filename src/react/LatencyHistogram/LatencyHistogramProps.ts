import type { CSSProperties } from "react";
import type { TDigest } from "../../digest/TDigest";
import type {
  HistogramRange,
  HistogramRangeEvent,
  HistogramStatus,
  HistogramSubject,
} from "./HistogramSubject";

export interface LatencyHistogramProps {
  /** The response times (seconds) to chart; null or empty shows "No requests". */
  readonly digest: TDigest | null;
  /** Whose response times these are, for the generated expression (none: expression null). */
  readonly subject?: HistogramSubject;
  /** A name for titles and the screen-reader summary (default: the subject's name). */
  readonly subjectLabel?: string;
  /** Added to the generated expression (default "all": nothing added). */
  readonly status?: HistogramStatus;
  /** The keyword the expression compares (default "responsetime"). */
  readonly metric?: "responsetime" | "duration";

  /** x axis: linear (default) or log. */
  readonly axis?: "linear" | "log";
  readonly defaultAxis?: "linear" | "log";
  readonly onAxisChange?: (axis: "linear" | "log") => void;

  /** The selected range (seconds), controlled; null for none. */
  readonly range?: HistogramRange | null;
  readonly defaultRange?: HistogramRange | null;
  /** A range was brushed (pointer or keyboard), with the matching expression; null when cleared. */
  readonly onRangeChange?: (event: HistogramRangeEvent | null) => void;

  /** Number of bins (default 40). */
  readonly bins?: number;
  /** Percentile markers, as q in [0, 1] (default [0.5, 0.9, 0.99]). */
  readonly percentiles?: readonly number[];
  /** Width in pixels (default: the container's). */
  readonly width?: number;
  /** Height of the plot in pixels (default 180). */
  readonly height?: number;
  /** Chart title (default "Response time distribution"). */
  readonly title?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
}
