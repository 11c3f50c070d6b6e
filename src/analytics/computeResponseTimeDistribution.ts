import { TDigest } from "../digest/TDigest";
import { summaryOf } from "./summaryOf";
import type { AnalyticsInput, TraceSummaryLike } from "./TraceSummaryLike";

/** Which time of a trace a distribution is over. */
export type DistributionMetric = "responsetime" | "duration";

export interface ResponseTimeDistributionOptions {
  /** `responsetime` (default: the root segment's response time) or `duration` (the whole trace). */
  readonly metric?: DistributionMetric;
  /** δ of the digest, default 100. */
  readonly compression?: number;
}

export interface ResponseTimeDistribution {
  readonly metric: DistributionMetric;
  /** The values in seconds (quantiles, cdf, histogram bins with `computeDistributionBins`). */
  readonly digest: TDigest;
  /** Traces with a value (the digest's count). */
  readonly count: number;
  /** Traces without one (in progress, or the field missing). */
  readonly missing: number;
  /** Mean in seconds (NaN when count is 0). */
  readonly mean: number;
}

/** The metric of a summary in seconds, or undefined when absent or not a finite non-negative number. */
export function readMetric(
  summary: TraceSummaryLike,
  metric: DistributionMetric,
): number | undefined {
  const value = metric === "duration" ? summary.Duration : summary.ResponseTime;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * The response-time (or duration) distribution of a set of traces as a t-digest, in one pass
 * over any iterable (a million summaries stream through in a fraction of a second).
 * @example
 * const { digest } = computeResponseTimeDistribution(traces);
 * digest.quantile(0.99); // p99 in seconds
 */
export function computeResponseTimeDistribution(
  inputs: Iterable<AnalyticsInput>,
  options: ResponseTimeDistributionOptions = {},
): ResponseTimeDistribution {
  const metric = options.metric ?? "responsetime";
  const digest = new TDigest({ compression: options.compression ?? 100 });
  const buffer = new Float64Array(4096);
  let buffered = 0;
  let count = 0;
  let missing = 0;
  let sum = 0;
  for (const input of inputs) {
    const value = readMetric(summaryOf(input), metric);
    if (value === undefined) {
      missing++;
      continue;
    }
    count++;
    sum += value;
    buffer[buffered++] = value;
    if (buffered === buffer.length) {
      digest.addAll(buffer);
      buffered = 0;
    }
  }
  if (buffered > 0) digest.addAll(buffer.subarray(0, buffered));
  return { metric, digest, count, missing, mean: count > 0 ? sum / count : NaN };
}
