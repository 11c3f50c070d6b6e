import type { CSSProperties, ReactNode } from "react";
import type { SortDirection } from "../../analytics/computeTraceOrder";
import type { AnalyticsField } from "../../analytics/readFieldValues";
import type { AnalyticsInput, TraceSummaryLike } from "../../analytics/TraceSummaryLike";
import type { TraceListColumn } from "./traceListColumns";

/** The list's order: a column and a direction (age ascending = newest first). */
export interface TraceListSort {
  readonly column: TraceListColumn;
  readonly direction: SortDirection;
}

export interface TraceListProps<T extends AnalyticsInput = AnalyticsInput> {
  /**
   * The traces: assembled `Trace`s, `TraceSummary`s, or light rows with only the summary fields
   * the list shows (`Id`, `StartTime`, `Duration`, `ResponseTime`, `Has*`, `Http`, `Annotations`).
   * A new array re-indexes; keep it stable between renders.
   */
  readonly traces: readonly T[];
  /** Epoch seconds ages are measured from; default the latest trace end (deterministic). */
  readonly now?: number;

  /** Selected trace id (controlled); `null` for none. */
  readonly selectedId?: string | null;
  readonly defaultSelectedId?: string | null;
  /** Called with the trace (as given in `traces`) when a row is chosen (click, Enter or Space). */
  readonly onSelect?: (trace: T) => void;

  /** Row order (controlled). */
  readonly sort?: TraceListSort;
  /** Default `{ column: "age", direction: "ascending" }`: newest first. */
  readonly defaultSort?: TraceListSort;
  readonly onSortChange?: (sort: TraceListSort) => void;

  /** Field of the overview table above the list (controlled); `null` hides the overview. */
  readonly groupBy?: AnalyticsField | null;
  /** Default `http.url`, the console's "Trace overview" grouped by URL. */
  readonly defaultGroupBy?: AnalyticsField | null;
  readonly onGroupByChange?: (field: AnalyticsField) => void;
  /** Most overview rows shown (by trace count), default 20. */
  readonly overviewLimit?: number;
  /**
   * Called with a filter expression when an overview group is chosen, e.g.
   * `http.url = "https://…/api/orders"` (parse it with `parseFilter`).
   */
  readonly onFilterChange?: (expression: string) => void;

  /** Height of the scrolling rows in px; default 400. */
  readonly height?: number;
  /** Row height in px; default 28. */
  readonly rowHeight?: number;
  /** Custom cell content; return undefined for the default text. Strings render as text. */
  readonly renderCell?: (column: TraceListColumn, summary: TraceSummaryLike) => ReactNode;
  /** Accessible name of the grid; default "Traces". */
  readonly "aria-label"?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
}
