import type { CSSProperties } from "react";
import type { ServiceGraph } from "../../model/ServiceGraph";
import type {
  HistogramRange,
  HistogramRangeEvent,
  HistogramStatus,
} from "../LatencyHistogram/HistogramSubject";
import type { ServiceMapSelection } from "../ServiceMap/ServiceMapProps";

/** What "View traces" passes on. */
export interface ViewTracesEvent {
  /** The filter expression: subject, range (when one is selected) and status. */
  readonly expression: string;
  readonly range: HistogramRange | null;
  readonly status: HistogramStatus;
}

export interface ServiceDetailsProps {
  readonly graph: ServiceGraph;
  /** The node or edge to show (as `ServiceMap`'s selection); null shows a hint. */
  readonly selection: ServiceMapSelection | null;

  /** Status of the traces to view (default "all"); it narrows the expression, not the chart. */
  readonly status?: HistogramStatus;
  readonly defaultStatus?: HistogramStatus;
  readonly onStatusChange?: (status: HistogramStatus) => void;

  /** The response-time range; reset when the selection changes (uncontrolled). */
  readonly range?: HistogramRange | null;
  readonly onRangeChange?: (event: HistogramRangeEvent | null) => void;

  readonly axis?: "linear" | "log";
  readonly defaultAxis?: "linear" | "log";
  readonly onAxisChange?: (axis: "linear" | "log") => void;

  /** "View traces" was pressed: the expression to run (parse it with `parseFilter`, compile with `compileFilter`). */
  readonly onViewTraces?: (event: ViewTracesEvent) => void;
  /** Plot height of the histogram (default 160). */
  readonly histogramHeight?: number;
  readonly className?: string;
  readonly style?: CSSProperties;
}
