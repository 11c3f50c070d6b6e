import type { HistogramResult } from "../../digest/computeHistogram";
import { formatResponseTime } from "../ServiceMap/formatResponseTime";

const label = (q: number): string => `p${Number((q * 100).toFixed(3))}`;

/**
 * The chart as a sentence for screen readers: how many requests, the range, the percentiles and
 * the busiest bin.
 * @example describeLatencyHistogram(h, "orders-service")
 * // "Response times of orders-service: 192 requests from 2.1 ms to 310 ms; p50 12 ms, p90 40 ms, p99 120 ms; most requests (18%) took 10 ms to 12 ms."
 */
export function describeLatencyHistogram(histogram: HistogramResult, subject: string): string {
  const { bins, count } = histogram;
  if (count === 0 || bins.length === 0) return `Response times of ${subject}: no requests.`;
  const lo = bins[0].from;
  const hi = bins[bins.length - 1].to;
  const percentiles = histogram.percentiles
    .map((p) => `${label(p.q)} ${formatResponseTime(p.value)}`)
    .join(", ");
  let top = bins[0];
  for (const b of bins) if (b.count > top.count) top = b;
  return (
    `Response times of ${subject}: ${Math.round(count)} ${Math.round(count) === 1 ? "request" : "requests"} ` +
    `from ${formatResponseTime(lo)} to ${formatResponseTime(hi)}; ${percentiles}; ` +
    `most requests (${Math.round(top.fraction * 100)}%) took ${formatResponseTime(top.from)} to ${formatResponseTime(top.to)}.`
  );
}

/** "p50" for 0.5, "p99.9" for 0.999. */
export function formatPercentileLabel(q: number): string {
  return label(q);
}
