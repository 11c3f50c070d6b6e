import { useCallback, useMemo } from "react";
import { computeTraceGroups } from "../../analytics/computeTraceGroups";
import type { AnalyticsField } from "../../analytics/readFieldValues";
import { summaryOf } from "../../analytics/summaryOf";
import type { AnalyticsInput } from "../../analytics/TraceSummaryLike";
import { useControllableState } from "../theme/useControllableState";
import type { TraceListColumn } from "./traceListColumns";
import { TraceListGrid } from "./TraceListGrid";
import type { TraceListProps, TraceListSort } from "./TraceListProps";
import { TraceListStyles } from "./TraceListStyles";
import { TraceOverview } from "./TraceOverview";
import { useTraceOrder } from "./useTraceOrder";

const NEWEST_FIRST: TraceListSort = { column: "age", direction: "ascending" };

/** The latest end (start + duration) over the traces: the default `now` of ages. */
function latestEnd(traces: readonly AnalyticsInput[]): number {
  let latest = -Infinity;
  for (const t of traces) {
    const s = summaryOf(t);
    const d = typeof s.Duration === "number" && Number.isFinite(s.Duration) ? s.Duration : 0;
    if (s.StartTime + d > latest) latest = s.StartTime + d;
  }
  return Number.isFinite(latest) ? latest : 0;
}

/**
 * X-Ray's trace list: the "Trace overview" table (traces grouped by URL or another field; a
 * value asks for its filter expression through `onFilterChange`) above a virtualized, sortable
 * grid of traces (ID, age, method, response, response time, URL, client IP, annotation count).
 * Sorting uses one precomputed typed-array order per column, and only the rows in view are in
 * the DOM, so a million traces scroll smoothly. Keyboard: Tab into the grid, ↑/↓/Page Up/Page
 * Down/Home/End move, Enter or Space selects; header buttons sort (again to reverse).
 * @example
 * <TraceList traces={traces} onSelect={(t) => open(t)} onFilterChange={(e) => setFilter(e)} />
 */
export function TraceList<T extends AnalyticsInput = AnalyticsInput>(props: TraceListProps<T>) {
  const { traces, height = 400, rowHeight = 28, onSelect, onFilterChange } = props;
  const [selectedId, setSelectedId] = useControllableState(
    props.selectedId,
    props.defaultSelectedId ?? null,
  );
  const [sort, setSort] = useControllableState(
    props.sort,
    props.defaultSort ?? NEWEST_FIRST,
    props.onSortChange,
  );
  const [groupBy, setGroupBy] = useControllableState<AnalyticsField | null>(
    props.groupBy,
    props.defaultGroupBy === undefined ? "http.url" : props.defaultGroupBy,
    props.onGroupByChange as ((field: AnalyticsField | null) => void) | undefined,
  );
  const now = useMemo(() => props.now ?? latestEnd(traces), [props.now, traces]);
  const groups = useMemo(
    () => (groupBy === null ? null : computeTraceGroups(traces, { field: groupBy })),
    [traces, groupBy],
  );
  const rowAt = useTraceOrder(traces, sort);
  const summaryAt = useCallback(
    (position: number) => summaryOf(traces[rowAt(position)]),
    [traces, rowAt],
  );
  const onSort = useCallback(
    (column: TraceListColumn) =>
      setSort(
        sort.column === column
          ? { column, direction: sort.direction === "ascending" ? "descending" : "ascending" }
          : { column, direction: "ascending" },
      ),
    [sort, setSort],
  );
  const onActivate = useCallback(
    (position: number) => {
      const trace = traces[rowAt(position)];
      if (trace === undefined) return;
      setSelectedId(summaryOf(trace).Id);
      onSelect?.(trace);
    },
    [traces, rowAt, setSelectedId, onSelect],
  );

  return (
    <div
      className={props.className === undefined ? "tl-tracelist" : `tl-tracelist ${props.className}`}
      style={props.style}
    >
      <TraceListStyles />
      {groups === null ? null : (
        <TraceOverview
          groups={groups}
          limit={props.overviewLimit ?? 20}
          onGroupByChange={setGroupBy}
          onChoose={onFilterChange}
        />
      )}
      {traces.length === 0 ? <div className="tl-tracelist-empty">No traces</div> : null}
      <TraceListGrid
        count={traces.length}
        summaryAt={summaryAt}
        now={now}
        sort={sort}
        onSort={onSort}
        selectedId={selectedId}
        onActivate={onActivate}
        height={height}
        rowHeight={rowHeight}
        ariaLabel={props["aria-label"] ?? "Traces"}
        renderCell={props.renderCell}
      />
    </div>
  );
}
