import { useMemo } from "react";
import type { AnalyticsField } from "../../analytics/readFieldValues";
import { compareTraceSets } from "../../analytics/compareTraceSets";
import type { Trace } from "../../model/Trace";
import type { TimeRange } from "../TimeSeriesActivity/TimeSeriesActivityProps";
import { FilterBar } from "../FilterBar/FilterBar";
import { ConsoleCharts } from "./ConsoleCharts";
import { ConsoleFieldComparison } from "./ConsoleFieldComparison";
import { computeConsoleSetStats, type ConsoleSetStats } from "./computeConsoleSetStats";
import { formatSeconds } from "./formatSeconds";

export interface ConsoleAnalyticsProps {
  readonly all: readonly Trace[];
  readonly setA: readonly Trace[];
  readonly filterA: string;
  readonly setB: readonly Trace[];
  readonly filterB: string;
  readonly onFilterBChange: (text: string) => void;
  /** Applies a compared value's expression as the filter. */
  readonly onFilter: (expression: string) => void;
  /** The time window set A is limited to (chosen on the time series); null for none. */
  readonly timeRange: TimeRange | null;
  readonly onTimeRangeChange: (range: TimeRange | null) => void;
}

const FIELDS: readonly AnalyticsField[] = ["http.status", "http.method", "http.url"];

const percent = (part: number, whole: number): string =>
  whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)}%`;

function Row({
  label,
  filter,
  stats,
  total,
}: {
  label: string;
  filter: string;
  stats: ConsoleSetStats;
  total: number;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="tl-console-url">{filter === "" ? "(all traces)" : filter}</td>
      <td className="tl-console-num">{stats.count}</td>
      <td className="tl-console-num">{percent(stats.count, total)}</td>
      <td className="tl-console-num">{stats.ok}</td>
      <td className="tl-console-num">{stats.error}</td>
      <td className="tl-console-num">{stats.throttle}</td>
      <td className="tl-console-num">{stats.fault}</td>
      <td className="tl-console-num">{formatSeconds(stats.p50)}</td>
      <td className="tl-console-num">{formatSeconds(stats.p90)}</td>
      <td className="tl-console-num">{formatSeconds(stats.p99)}</td>
    </tr>
  );
}

/**
 * A/B comparison: set A is the applied filter's matches (within the chosen time window), set B a
 * second filter's; a table of counts, statuses and response-time percentiles for all traces, A
 * and B; the response-time distribution (a dragged range narrows the filter) and time-series
 * activity (a dragged window limits set A); field tables with the delta between A and B.
 */
export function ConsoleAnalytics({
  all,
  setA,
  filterA,
  setB,
  filterB,
  onFilterBChange,
  onFilter,
  timeRange,
  onTimeRangeChange,
}: ConsoleAnalyticsProps) {
  const hasB = filterB.trim() !== "";
  const comparison = useMemo(
    () => compareTraceSets({ all, a: setA, b: setB }, { fields: FIELDS, order: "delta" }),
    [all, setA, setB],
  );
  const statsAll = useMemo(() => computeConsoleSetStats(all), [all]);
  const statsA = useMemo(() => computeConsoleSetStats(setA), [setA]);
  const statsB = useMemo(() => computeConsoleSetStats(setB), [setB]);
  return (
    <section className="tl-console-panel" aria-label="Analytics">
      <h2 className="tl-console-h">Analytics: compare set A with set B</h2>
      <FilterBar
        aria-label="Set B filter expression"
        placeholder="Set B, e.g. fault"
        traces={all}
        value={filterB}
        onFilterChange={(text) => onFilterBChange(text)}
      />
      <div className="tl-console-scroll">
        <table className="tl-console-table" aria-label="Set comparison">
          <thead>
            <tr>
              <th>Set</th>
              <th>Filter</th>
              <th>Traces</th>
              <th>% of all</th>
              <th>OK</th>
              <th>Error</th>
              <th>Throttle</th>
              <th>Fault</th>
              <th>p50</th>
              <th>p90</th>
              <th>p99</th>
            </tr>
          </thead>
          <tbody>
            <Row label="All" filter="" stats={statsAll} total={statsAll.count} />
            <Row label="A" filter={filterA} stats={statsA} total={statsAll.count} />
            {filterB.trim() === "" ? null : (
              <Row label="B" filter={filterB} stats={statsB} total={statsAll.count} />
            )}
          </tbody>
        </table>
      </div>
      <ConsoleCharts
        comparison={comparison}
        hasB={hasB}
        timeRange={timeRange}
        onResponseTimeRange={(range) =>
          onFilter(
            filterA.trim() === "" ? range.expression : `(${filterA}) AND ${range.expression}`,
          )
        }
        onTimeRangeChange={onTimeRangeChange}
      />
      {hasB ? <ConsoleFieldComparison tables={comparison.tables} onFilter={onFilter} /> : null}
    </section>
  );
}
