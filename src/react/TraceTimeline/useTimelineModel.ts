import { useDeferredValue, useMemo } from "react";
import type { Trace, TraceNode } from "../../model/index";
import { computeCriticalPath, type CriticalPath } from "../../timeline/computeCriticalPath";
import { computeTimelineFilter, type TimelineFilter } from "../../timeline/computeTimelineFilter";
import { computeTimelineRows } from "../../timeline/computeTimelineRows";
import {
  computeVisibleTimelineRows,
  type TimelineFilterMode,
  type VisibleTimelineRows,
} from "../../timeline/computeVisibleTimelineRows";
import { createTimelineSearch } from "../../timeline/createTimelineSearch";
import type { TimelineGrouping, TimelineRows } from "../../timeline/TimelineRows";

export interface TimelineModelInput {
  readonly trace: Trace;
  readonly grouping: TimelineGrouping;
  readonly collapsed: ReadonlySet<string>;
  readonly filter: ((node: TraceNode) => boolean) | null;
  readonly filterMode: TimelineFilterMode;
  readonly search: string;
  readonly showCriticalPath: boolean;
}

export interface TimelineModel {
  readonly rows: TimelineRows;
  readonly filter: TimelineFilter | null;
  readonly visible: VisibleTimelineRows;
  /** Rows matching the (deferred) search, increasing. */
  readonly matches: Int32Array;
  /** The search text the matches are for (lags the input while typing). */
  readonly matchedSearch: string;
  readonly criticalPath: CriticalPath | null;
}

/**
 * The headless model behind the view, each part memoized on what it depends on: rows once per
 * trace, the filter once per predicate, visibility once per collapse/filter change, matches once
 * per (deferred) query, the critical path only while shown. Nothing here runs per frame.
 */
export function useTimelineModel(input: TimelineModelInput): TimelineModel {
  const { trace, grouping, collapsed, filter: predicate, filterMode, showCriticalPath } = input;
  const rows = useMemo(() => computeTimelineRows(trace, { grouping }), [trace, grouping]);
  const filter = useMemo(
    () => (predicate ? computeTimelineFilter(rows, predicate) : null),
    [rows, predicate],
  );
  const visible = useMemo(
    () => computeVisibleTimelineRows(rows, { collapsed, filter, filterMode }),
    [rows, collapsed, filter, filterMode],
  );
  const searcher = useMemo(() => createTimelineSearch(rows), [rows]);
  const matchedSearch = useDeferredValue(input.search);
  const matches = useMemo(() => searcher.search(matchedSearch), [searcher, matchedSearch]);
  const criticalPath = useMemo(
    () => (showCriticalPath ? computeCriticalPath(trace) : null),
    [trace, showCriticalPath],
  );
  return { rows, filter, visible, matches, matchedSearch, criticalPath };
}
