import { useCallback, useMemo } from "react";
import {
  computeTraceOrder,
  traceAtPosition,
  type TraceOrder,
} from "../../analytics/computeTraceOrder";
import type { TraceSortKey } from "../../analytics/computeTraceOrder";
import type { AnalyticsInput } from "../../analytics/TraceSummaryLike";
import { traceListColumns } from "./traceListColumns";
import type { TraceListSort } from "./TraceListProps";

/**
 * The row shown at each position for a sort: one typed-array order per sort key, computed the
 * first time the key is used and kept while `traces` is the same array (both directions read
 * the same order). Returns a stable function while traces and sort are unchanged.
 */
export function useTraceOrder(
  traces: readonly AnalyticsInput[],
  sort: TraceListSort,
): (position: number) => number {
  const cache = useMemo(() => new Map<TraceSortKey, TraceOrder>(), [traces]);
  const spec = traceListColumns.find((c) => c.id === sort.column) ?? traceListColumns[1];
  const order = useMemo(() => {
    let o = cache.get(spec.sortKey);
    if (o === undefined) {
      o = computeTraceOrder(traces, spec.sortKey);
      cache.set(spec.sortKey, o);
    }
    return o;
  }, [cache, traces, spec.sortKey]);
  const ascending = (sort.direction === "ascending") !== spec.reversed;
  return useCallback(
    (position: number) => traceAtPosition(order, position, ascending ? "ascending" : "descending"),
    [order, ascending],
  );
}
