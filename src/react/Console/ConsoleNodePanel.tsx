import type { ServiceGraphNode } from "../../model/ServiceGraph";
import { formatSeconds } from "./formatSeconds";
import { formatServiceFilter } from "./formatServiceFilter";

export interface ConsoleNodePanelProps {
  readonly node: ServiceGraphNode;
  /** Applies a filter expression (the node's, or the node's within a response-time range). */
  readonly onFilter: (expression: string) => void;
}

const BANDS: readonly (readonly [string, number, number])[] = [
  ["fastest half (≤ p50)", 0, 0.5],
  ["p50 – p90", 0.5, 0.9],
  ["p90 – p99", 0.9, 0.99],
  ["slowest (≥ p99)", 0.99, 1],
];

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * Details of a selected map node: its name, type and request counts, response-time percentiles,
 * and buttons that turn the node, or a latency band of it, into the trace filter.
 */
export function ConsoleNodePanel({ node, onFilter }: ConsoleNodePanelProps) {
  const stats = node.statistics;
  const digest = node.responseTimeDigest;
  const expression = formatServiceFilter(node);
  const total = stats?.TotalCount ?? 0;
  return (
    <section className="tl-console-panel" aria-label="Service details">
      <h2 className="tl-console-h" data-testid="node-name">
        {node.name}
      </h2>
      <p className="tl-console-muted">{node.type ?? node.kind}</p>
      {stats !== null ? (
        <dl className="tl-console-dl">
          <dt>Requests</dt>
          <dd>{total}</dd>
          <dt>OK</dt>
          <dd>{stats.OkCount}</dd>
          <dt>Errors (4xx)</dt>
          <dd>{stats.ErrorStatistics.TotalCount}</dd>
          <dt>of which throttled (429)</dt>
          <dd>{stats.ErrorStatistics.ThrottleCount}</dd>
          <dt>Faults (5xx)</dt>
          <dd>{stats.FaultStatistics.TotalCount}</dd>
          <dt>Average response time</dt>
          <dd>{formatSeconds(total > 0 ? stats.TotalResponseTime / total : null)}</dd>
        </dl>
      ) : null}
      {expression !== null ? (
        <div className="tl-console-actions">
          <button type="button" onClick={() => onFilter(expression)}>
            Traces through this service
          </button>
          {digest !== null && digest.count > 0
            ? BANDS.map(([label, lo, hi]) => {
                const from = round(lo === 0 ? digest.min : digest.quantile(lo));
                const to = round(hi === 1 ? digest.max : digest.quantile(hi));
                return (
                  <button
                    key={label}
                    type="button"
                    onClick={() =>
                      onFilter(
                        `${expression} { responsetime >= ${from} AND responsetime <= ${to} }`,
                      )
                    }
                  >
                    {`${label}: ${formatSeconds(from)} – ${formatSeconds(to)}`}
                  </button>
                );
              })
            : null}
        </div>
      ) : null}
    </section>
  );
}
