import { TDigest } from "../digest/TDigest";
import { TraceTimesBuffer } from "./collectTraceTimes";
import { readMetric, type DistributionMetric } from "./computeResponseTimeDistribution";
import type { ResponseTimeDistribution } from "./computeResponseTimeDistribution";
import { readFieldValues, type AnalyticsField, type AnalyticsValue } from "./readFieldValues";
import { summaryOf } from "./summaryOf";
import type { AnalyticsInput } from "./TraceSummaryLike";

/** What one pass over a trace set gathers for a comparison. */
export interface TraceSetAccumulator {
  readonly times: TraceTimesBuffer;
  /** Field → value → traces with that value (Maps: values are user strings). */
  readonly fieldCounts: ReadonlyMap<AnalyticsField, ReadonlyMap<AnalyticsValue, number>>;
  /** Traces seen. */
  count(): number;
  distribution(): ResponseTimeDistribution;
}

/** Reads a trace set once: start times and statuses, the metric's digest, field value counts. */
export function createTraceSetAccumulator(
  inputs: Iterable<AnalyticsInput>,
  fields: readonly AnalyticsField[],
  metric: DistributionMetric,
  compression: number,
): TraceSetAccumulator {
  const times = new TraceTimesBuffer();
  const digest = new TDigest({ compression });
  const fieldCounts = new Map<AnalyticsField, Map<AnalyticsValue, number>>();
  for (const field of fields) fieldCounts.set(field, new Map());
  const buffer = new Float64Array(4096);
  let buffered = 0;
  let seen = 0;
  let missing = 0;
  let sum = 0;
  for (const input of inputs) {
    seen++;
    times.add(input);
    const summary = summaryOf(input);
    const value = readMetric(summary, metric);
    if (value === undefined) missing++;
    else {
      sum += value;
      buffer[buffered++] = value;
      if (buffered === buffer.length) {
        digest.addAll(buffer);
        buffered = 0;
      }
    }
    for (const [field, counts] of fieldCounts) {
      for (const v of readFieldValues(summary, field)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  if (buffered > 0) digest.addAll(buffer.subarray(0, buffered));
  const count = seen - missing;
  const distribution: ResponseTimeDistribution = {
    metric,
    digest,
    count,
    missing,
    mean: count > 0 ? sum / count : NaN,
  };
  return { times, fieldCounts, count: () => seen, distribution: () => distribution };
}
