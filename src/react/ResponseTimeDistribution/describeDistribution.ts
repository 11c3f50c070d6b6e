import type { TDigest } from "../../digest/TDigest";
import { formatAxisSeconds } from "./formatAxisSeconds";

/** A labelled digest to describe. */
export interface DescribedDigest {
  readonly label: string;
  readonly digest: TDigest;
}

/**
 * The chart's text alternative: per series its trace count, median, p90, p99 and range, e.g.
 * "All traces: 200 traces, median 120 ms, p90 340 ms, p99 1.2 s, from 8 ms to 2.4 s."
 */
export function describeDistribution(series: readonly DescribedDigest[]): string {
  if (series.length === 0) return "Response time distribution: no traces.";
  const parts = series.map(({ label, digest }) => {
    if (digest.count === 0) return `${label}: no traces.`;
    const q = (p: number) => formatAxisSeconds(digest.quantile(p));
    const n = Math.round(digest.count);
    return (
      `${label}: ${n} trace${n === 1 ? "" : "s"}, median ${q(0.5)}, p90 ${q(0.9)}, ` +
      `p99 ${q(0.99)}, from ${formatAxisSeconds(digest.min)} to ${formatAxisSeconds(digest.max)}.`
    );
  });
  return `Response time distribution. ${parts.join(" ")}`;
}
