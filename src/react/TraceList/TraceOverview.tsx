import type { TraceGroupsResult } from "../../analytics/computeTraceGroups";
import type { AnalyticsField } from "../../analytics/readFieldValues";
import { formatTraceSeconds } from "./formatTraceSeconds";

/** Fields the overview's "Group by" menu offers, with their labels. */
export const traceOverviewFields: readonly { field: AnalyticsField; label: string }[] = [
  { field: "http.url", label: "URL" },
  { field: "http.method", label: "Method" },
  { field: "http.status", label: "Status code" },
  { field: "user", label: "User" },
  { field: "http.clientip", label: "Client IP" },
  { field: "http.useragent", label: "User agent" },
  { field: "service", label: "Service" },
];

export interface TraceOverviewProps {
  readonly groups: TraceGroupsResult;
  readonly limit: number;
  readonly onGroupByChange: (field: AnalyticsField) => void;
  /** Called with the group's filter expression when its value is chosen. */
  readonly onChoose?: (expression: string) => void;
}

const percent = (f: number) => `${(f * 100).toFixed(f > 0 && f < 0.001 ? 3 : 1)}%`;

/** Label of a field: the menu's label, or the field's own name (annotations). */
function labelOf(field: AnalyticsField): string {
  return traceOverviewFields.find((f) => f.field === field)?.label ?? field;
}

/**
 * The console's "Trace overview": traces grouped by a field (URL by default) with average
 * response time, % of traces and OK / error / throttle / fault counts. Each value is a button
 * that asks for the group's filter expression.
 */
export function TraceOverview({ groups, limit, onGroupByChange, onChoose }: TraceOverviewProps) {
  const shown = groups.groups.slice(0, limit);
  const label = labelOf(groups.field);
  const known = traceOverviewFields.some((f) => f.field === groups.field);
  return (
    <div className="tl-tracelist-overview">
      <div className="tl-tracelist-toolbar">
        <label>
          Group by{" "}
          <select
            value={groups.field}
            onChange={(e) => onGroupByChange(e.target.value as AnalyticsField)}
          >
            {traceOverviewFields.map((f) => (
              <option key={f.field} value={f.field}>
                {f.label}
              </option>
            ))}
            {known ? null : <option value={groups.field}>{groups.field}</option>}
          </select>
        </label>
        <span className="tl-tracelist-muted" data-testid="tl-overview-count">
          {groups.groups.length > limit
            ? `${limit} of ${groups.groups.length} groups`
            : `${groups.groups.length} groups`}
          {` · ${groups.total} traces`}
        </span>
      </div>
      <div className="tl-tracelist-overview-scroll">
        <table className="tl-tracelist-overview-table">
          <caption className="tl-visually-hidden">Trace overview by {label}</caption>
          <thead>
            <tr>
              <th scope="col">{label}</th>
              <th scope="col">Avg. response time</th>
              <th scope="col">% of traces</th>
              <th scope="col">OK</th>
              <th scope="col">Error</th>
              <th scope="col">Throttle</th>
              <th scope="col">Fault</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((g) => {
              const text = g.value === null ? `(no ${label})` : String(g.value);
              return (
                <tr key={g.value === null ? "\u0000none" : `${typeof g.value}:${String(g.value)}`}>
                  <th scope="row">
                    <button
                      type="button"
                      className="tl-tracelist-group"
                      title={g.expression}
                      onClick={() => onChoose?.(g.expression)}
                    >
                      {text}
                    </button>
                  </th>
                  <td>{formatTraceSeconds(g.averageResponseTime)}</td>
                  <td>{percent(g.fraction)}</td>
                  <td>{g.ok}</td>
                  <td>{g.error}</td>
                  <td>{g.throttle}</td>
                  <td>{g.fault}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
