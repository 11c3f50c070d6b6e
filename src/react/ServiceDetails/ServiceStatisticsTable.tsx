import type { TDigest } from "../../digest/TDigest";
import type { ServiceStatistics } from "../../model/ServiceGraph";
import { formatResponseTime } from "../ServiceMap/formatResponseTime";
import { computeStatusCounts } from "./computeStatusCounts";

export interface ServiceStatisticsTableProps {
  readonly statistics: ServiceStatistics | null;
  readonly digest: TDigest | null;
  /** Percentiles to list (default p50, p90, p99). */
  readonly percentiles?: readonly number[];
}

const share = (n: number, total: number): string =>
  total > 0 ? `${((100 * n) / total).toFixed(1)}%` : "–";

/** Requests, status counts with percentages, average and percentiles, as a two-column table. */
export function ServiceStatisticsTable(props: ServiceStatisticsTableProps) {
  const { statistics, digest } = props;
  const c = computeStatusCounts(statistics);
  const total = c.all;
  const rows: [string, string][] = [
    ["Requests", String(total)],
    ["OK (2xx)", `${c.ok} (${share(c.ok, total)})`],
    ["Error (4xx)", `${c.error} (${share(c.error, total)})`],
    ["Throttle (429)", `${c.throttle} (${share(c.throttle, total)})`],
    ["Fault (5xx)", `${c.fault} (${share(c.fault, total)})`],
    [
      "Average",
      statistics !== null && total > 0
        ? formatResponseTime(statistics.TotalResponseTime / total)
        : "–",
    ],
  ];
  for (const q of props.percentiles ?? [0.5, 0.9, 0.99]) {
    const value = digest !== null && digest.count > 0 ? digest.quantile(q) : null;
    rows.push([`p${Number((q * 100).toFixed(3))}`, formatResponseTime(value)]);
  }
  return (
    <table className="tl-details-stats">
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
