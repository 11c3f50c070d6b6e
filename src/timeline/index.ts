// Headless row model for the waterfall: rows, visibility, search, time scale, critical path.
export {
  ROW_FLAG,
  ROW_KIND,
  ROW_STATUS,
  type TimelineGroup,
  type TimelineGrouping,
  type TimelineRowKind,
  type TimelineRows,
} from "./TimelineRows";
export {
  computeTimelineRows,
  ORPHAN_GROUP_ID,
  type TimelineRowsOptions,
} from "./computeTimelineRows";
export { timelineGroupId } from "./timelineGroupId";
export { describeTimelineRow, type TimelineRowCells } from "./describeTimelineRow";
export { computeTimelineFilter, type TimelineFilter } from "./computeTimelineFilter";
export {
  computeVisibleTimelineRows,
  type TimelineFilterMode,
  type VisibleTimelineRows,
  type VisibleTimelineRowsOptions,
} from "./computeVisibleTimelineRows";
export { collapseAllTimelineRows } from "./collapseAllTimelineRows";
export { collapseTimelineOneLevel, expandTimelineOneLevel } from "./expandTimelineOneLevel";
export { revealTimelineRow } from "./revealTimelineRow";
export { toggleTimelineRow } from "./toggleTimelineRow";
export { createTimelineSearch, type TimelineSearch } from "./createTimelineSearch";
export { findAdjacentTimelineRow } from "./findAdjacentTimelineRow";
export {
  computeCriticalPath,
  type CriticalPath,
  type CriticalPathSection,
} from "./computeCriticalPath";
export {
  clampTimelineWindow,
  MIN_WINDOW_SPAN,
  panTimelineWindow,
  zoomTimelineWindow,
  type TimelineWindow,
} from "./TimelineWindow";
export {
  createTimelineScale,
  type TimelineScale,
  type TimelineScaleOptions,
  type TimelineTick,
} from "./createTimelineScale";
export { formatTimelineDuration } from "./formatTimelineDuration";
export {
  computeTimelineOverview,
  type TimelineOverview,
  type TimelineOverviewOptions,
} from "./computeTimelineOverview";
