import { useCallback, useMemo, useRef, useState } from "react";
import { collapseAllTimelineRows } from "../../timeline/collapseAllTimelineRows";
import { createTimelineScale } from "../../timeline/createTimelineScale";
import { expandTimelineOneLevel } from "../../timeline/expandTimelineOneLevel";
import { findAdjacentTimelineRow } from "../../timeline/findAdjacentTimelineRow";
import { revealTimelineRow } from "../../timeline/revealTimelineRow";
import { toggleTimelineRow } from "../../timeline/toggleTimelineRow";
import type { TimelineWindow } from "../../timeline/TimelineWindow";
import { TimelineBody, type TimelineBodyHandle } from "./TimelineBody";
import { TimelineOverview } from "./TimelineOverview";
import { sortedIndexOf } from "./sortedIndexOf";
import { TimelineStyles } from "./TimelineStyles";
import { TimelineToolbar } from "./TimelineToolbar";
import type { TraceTimelineProps } from "./TraceTimelineProps";
import { useControllableState } from "../theme/useControllableState";
import { useTimelineModel } from "./useTimelineModel";

const NO_COLLAPSED: ReadonlySet<string> = new Set();

/**
 * The trace waterfall, as X-Ray's console shows it: a group row per service, then its segments
 * and nested subsegments, with Name, Res., Duration and Status columns and bars on a time axis.
 * Virtualized (the DOM holds only the rows in view), an ARIA treegrid with roving focus, a canvas
 * overview to choose a time window, text search, a node filter (dim or hide) and the critical
 * path. Every stateful prop is controlled or uncontrolled.
 * @example
 * <TraceTimeline trace={trace} onSelect={(node) => setSelected(node)} />
 */
export function TraceTimeline(props: TraceTimelineProps) {
  const { trace, grouping = "service", rowHeight = 24, height = 480 } = props;
  const [selectedId, setSelectedId] = useControllableState(
    props.selectedId,
    props.defaultSelectedId ?? null,
  );
  const [collapsed, setCollapsed] = useControllableState(
    props.collapsed,
    props.defaultCollapsed ?? NO_COLLAPSED,
    props.onCollapsedChange,
  );
  const [timeWindow, setTimeWindow] = useControllableState<TimelineWindow | null>(
    props.timeWindow,
    props.defaultTimeWindow ?? null,
    props.onTimeWindowChange,
  );
  const [filterMode, setFilterMode] = useControllableState(
    props.filterMode,
    props.defaultFilterMode ?? "dim",
    props.onFilterModeChange,
  );
  const [search, setSearch] = useControllableState(
    props.search,
    props.defaultSearch ?? "",
    props.onSearchChange,
  );
  const [showCriticalPath, setShowCriticalPath] = useControllableState(
    props.showCriticalPath,
    props.defaultShowCriticalPath ?? false,
    props.onShowCriticalPathChange,
  );
  const model = useTimelineModel({
    trace,
    grouping,
    collapsed,
    filter: props.filter ?? null,
    filterMode,
    search,
    showCriticalPath,
  });
  const { rows, visible, filter, matches, criticalPath } = model;
  const [currentMatch, setCurrentMatch] = useState(-1);
  const body = useRef<TimelineBodyHandle>(null);

  const viewWindow = useMemo(
    () => timeWindow ?? { start: rows.startTime, end: rows.endTime },
    [timeWindow, rows],
  );
  const ticks = useMemo(
    () => createTimelineScale({ window: viewWindow, width: 100, origin: rows.startTime }).ticks(6),
    [viewWindow, rows],
  );
  // In "hide" mode a match outside the kept rows cannot be shown: stepping skips it.
  const navigable = useMemo(
    () =>
      filter !== null && filterMode === "hide"
        ? matches.filter((r) => filter.keep[r] === 1)
        : matches,
    [matches, filter, filterMode],
  );

  const latest = useRef({ rows, visible, collapsed, navigable, criticalPath, currentMatch });
  latest.current = { rows, visible, collapsed, navigable, criticalPath, currentMatch };

  const goTo = useCallback(
    (row: number) => {
      const l = latest.current;
      const revealed = revealTimelineRow(l.rows, l.collapsed, row);
      if (revealed !== l.collapsed) setCollapsed(revealed);
      body.current?.focusRow(row);
    },
    [setCollapsed],
  );
  const stepMatch = useCallback(
    (direction: 1 | -1) => {
      const l = latest.current;
      const from = body.current?.currentRow() ?? -1;
      const start = l.currentMatch >= 0 && from < 0 ? l.currentMatch : from;
      const next = findAdjacentTimelineRow(l.navigable, start, direction);
      if (next < 0) return;
      setCurrentMatch(next);
      goTo(next);
    },
    [goTo],
  );
  const stepCritical = useCallback(
    (direction: 1 | -1) => {
      const l = latest.current;
      if (l.criticalPath === null || l.criticalPath.nodeIds.length === 0) return;
      const ids = l.criticalPath.nodeIds;
      const from = body.current?.currentRow() ?? -1;
      const at = from < 0 ? -1 : ids.indexOf(l.rows.ids[from]);
      const k =
        at < 0
          ? direction === 1
            ? 0
            : ids.length - 1
          : (at + direction + ids.length) % ids.length;
      const row = l.rows.rowOf(ids[k]);
      if (row >= 0) goTo(row);
    },
    [goTo],
  );
  const onToggle = useCallback(
    (row: number, collapse?: boolean) => {
      const l = latest.current;
      setCollapsed(toggleTimelineRow(l.collapsed, l.rows.ids[row], collapse));
    },
    [setCollapsed],
  );
  const onSelect = props.onSelect;
  const onActivate = useCallback(
    (row: number) => {
      const l = latest.current;
      const node = l.rows.nodes[row];
      if (node === null) {
        setCollapsed(toggleTimelineRow(l.collapsed, l.rows.ids[row]));
        return;
      }
      setSelectedId(node.id);
      onSelect?.(node);
    },
    [onSelect, setCollapsed, setSelectedId],
  );

  const matchPosition = currentMatch >= 0 ? sortedIndexOf(navigable, currentMatch) + 1 : 0;

  return (
    <div
      className={props.className === undefined ? "tl-timeline" : `tl-timeline ${props.className}`}
      style={props.style}
    >
      <TimelineStyles />
      {props.toolbar === false ? null : (
        <TimelineToolbar
          search={search}
          onSearchChange={(s) => {
            setSearch(s);
            setCurrentMatch(-1);
          }}
          matchCount={navigable.length}
          matchPosition={matchPosition}
          onStepMatch={stepMatch}
          filterMode={filter === null ? null : filterMode}
          filterMatchCount={filter?.matchCount ?? 0}
          onFilterModeChange={setFilterMode}
          onCollapseAll={() => setCollapsed(collapseAllTimelineRows(rows))}
          onExpandAll={() => setCollapsed(NO_COLLAPSED)}
          onExpandOneLevel={() => setCollapsed(expandTimelineOneLevel(rows, visible, collapsed))}
          showCriticalPath={showCriticalPath}
          onShowCriticalPathChange={setShowCriticalPath}
          onStepCritical={stepCritical}
          zoomed={timeWindow !== null}
          onResetZoom={() => setTimeWindow(null)}
        />
      )}
      {props.overview === false ? null : (
        <TimelineOverview rows={rows} timeWindow={viewWindow} onWindowChange={setTimeWindow} />
      )}
      <TimelineBody
        handle={body}
        rows={rows}
        visible={visible}
        filter={filter}
        matches={matches}
        currentMatch={currentMatch}
        criticalPath={criticalPath}
        timeWindow={viewWindow}
        ticks={ticks}
        selectedId={selectedId}
        collapsed={collapsed}
        rowHeight={rowHeight}
        height={height}
        ariaLabel={props["aria-label"] ?? "Trace timeline"}
        renderName={props.renderName}
        onToggle={onToggle}
        onActivate={onActivate}
        onStepMatch={stepMatch}
        onStepCritical={stepCritical}
      />
    </div>
  );
}
