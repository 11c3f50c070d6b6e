import type { CSSProperties, ReactNode } from "react";
import type { Trace, TraceNode } from "../../model/index";
import type { TimelineFilterMode } from "../../timeline/computeVisibleTimelineRows";
import type { TimelineRowCells } from "../../timeline/describeTimelineRow";
import type { TimelineGrouping } from "../../timeline/TimelineRows";
import type { TimelineWindow } from "../../timeline/TimelineWindow";

export interface TraceTimelineProps {
  /** The assembled trace (from `assembleTraces`). */
  readonly trace: Trace;
  /** `service` (default): X-Ray's group row per service; `tree`: the assembled tree as is. */
  readonly grouping?: TimelineGrouping;

  /** Selected node id (controlled); `null` for none. */
  readonly selectedId?: string | null;
  readonly defaultSelectedId?: string | null;
  /** Called with the node when a row is chosen (click, Enter or Space). */
  readonly onSelect?: (node: TraceNode) => void;

  /** Ids of collapsed rows (controlled). Group rows have ids from `timelineGroupId`. */
  readonly collapsed?: ReadonlySet<string>;
  readonly defaultCollapsed?: ReadonlySet<string>;
  readonly onCollapsedChange?: (collapsed: ReadonlySet<string>) => void;

  /** The time window the bars show (controlled), epoch seconds; `null` is the whole trace. */
  readonly timeWindow?: TimelineWindow | null;
  readonly defaultTimeWindow?: TimelineWindow | null;
  readonly onTimeWindowChange?: (window: TimelineWindow | null) => void;

  /** Node predicate, e.g. `compileFilter(expression).matchesNode` bound to the trace. */
  readonly filter?: ((node: TraceNode) => boolean) | null;
  /** `dim` (default) draws non-matching rows faint; `hide` removes them (ancestors stay). */
  readonly filterMode?: TimelineFilterMode;
  readonly defaultFilterMode?: TimelineFilterMode;
  readonly onFilterModeChange?: (mode: TimelineFilterMode) => void;

  /** Text search (controlled); matches are highlighted and stepped through with n / N. */
  readonly search?: string;
  readonly defaultSearch?: string;
  readonly onSearchChange?: (search: string) => void;

  /** Highlight the critical path (controlled). */
  readonly showCriticalPath?: boolean;
  readonly defaultShowCriticalPath?: boolean;
  readonly onShowCriticalPathChange?: (show: boolean) => void;

  /** Show the toolbar (search, filter mode, collapse, critical path, reset zoom); default true. */
  readonly toolbar?: boolean;
  /** Show the canvas overview of the whole trace; default true. */
  readonly overview?: boolean;
  /** Height of the scrolling rows area in px; default 480. */
  readonly height?: number;
  /** Row height in px; default 24. */
  readonly rowHeight?: number;
  /** Custom content of the Name cell (rendered as given; strings are text). */
  readonly renderName?: (cells: TimelineRowCells) => ReactNode;
  /** Accessible name of the treegrid; default "Trace timeline". */
  readonly "aria-label"?: string;
  readonly className?: string;
  readonly style?: CSSProperties;
}
