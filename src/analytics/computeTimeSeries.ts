import { chooseTimePeriod } from "./chooseTimePeriod";
import { collectTraceTimes, type TraceTimes } from "./collectTraceTimes";
import type { AnalyticsInput } from "./TraceSummaryLike";

export interface TimeSeriesOptions {
  /** First bucket's start, epoch seconds; default the earliest trace start, floored to the period. */
  readonly start?: number;
  /** End of the last bucket (exclusive); default just past the latest trace start. */
  readonly end?: number;
  /** Bucket length in seconds; default `chooseTimePeriod(end − start, maxBuckets)`. */
  readonly period?: number;
  /** Upper bound on the bucket count when the period is chosen, default 60. */
  readonly maxBuckets?: number;
}

/** Traces that started in [start, end), by status (fault > throttle > error > ok). */
export interface TimeBucket {
  readonly start: number;
  readonly end: number;
  readonly total: number;
  readonly ok: number;
  readonly error: number;
  readonly throttle: number;
  readonly fault: number;
}

export interface TimeSeries {
  readonly start: number;
  readonly end: number;
  /** Seconds per bucket (the last bucket may be shorter when `end` was given). */
  readonly period: number;
  readonly buckets: readonly TimeBucket[];
  /** Traces counted in some bucket. */
  readonly count: number;
  /** Traces that started outside [start, end) (or had no start time). */
  readonly outside: number;
}

/** The domain and period of a series over start times in [min, max] with `options`; throws a
 * RangeError for a period that is not positive or an `end` not after `start`. */
export function resolveTimeDomain(
  min: number,
  max: number,
  options: TimeSeriesOptions,
): { start: number; end: number; period: number } {
  const maxBuckets = options.maxBuckets ?? 60;
  const lo = options.start ?? (Number.isFinite(min) ? min : 0);
  const hi = options.end ?? (Number.isFinite(max) ? max : lo);
  const period =
    options.period ?? chooseTimePeriod(Math.max(hi - lo, 1), Math.max(1, maxBuckets - 1));
  if (!(period > 0) || !Number.isFinite(period)) {
    throw new RangeError("computeTimeSeries: period must be a positive number");
  }
  const start = options.start ?? Math.floor(lo / period) * period;
  const end = options.end ?? Math.max(start + period, (Math.floor(hi / period) + 1) * period);
  if (!(end > start)) throw new RangeError("computeTimeSeries: end must be after start");
  return { start, end, period };
}

/** Buckets packed times and statuses on a resolved domain. */
export function bucketTraceTimes(
  data: TraceTimes,
  domain: { start: number; end: number; period: number },
): TimeSeries {
  const { start, end, period } = domain;
  const n = Math.max(1, Math.ceil((end - start) / period - 1e-9));
  const counts = new Float64Array(n * 4);
  let outside = data.skipped;
  for (let i = 0; i < data.count; i++) {
    const t = data.times[i];
    if (!(t >= start && t < end)) {
      outside++;
      continue;
    }
    const b = Math.min(n - 1, Math.floor((t - start) / period));
    counts[b * 4 + data.statuses[i]]++;
  }
  const buckets: TimeBucket[] = [];
  for (let b = 0; b < n; b++) {
    const ok = counts[b * 4];
    const error = counts[b * 4 + 1];
    const throttle = counts[b * 4 + 2];
    const fault = counts[b * 4 + 3];
    buckets.push({
      start: start + b * period,
      end: Math.min(end, start + (b + 1) * period),
      total: ok + error + throttle + fault,
      ok,
      error,
      throttle,
      fault,
    });
  }
  return { start, end, period, buckets, count: data.count + data.skipped - outside, outside };
}

/**
 * Time-series activity: how many traces started in each period, split by status, as X-Ray's
 * Analytics chart shows it. One pass over any iterable (start times are packed into a typed
 * array when the domain must be found first). Pass the same `start`, `end` and `period` to
 * series that are drawn together (all traces, set A, set B), or use `compareTraceSets`.
 * @example
 * const series = computeTimeSeries(traces, { period: 60 });
 * series.buckets.map((b) => b.fault);
 */
export function computeTimeSeries(
  inputs: Iterable<AnalyticsInput>,
  options: TimeSeriesOptions = {},
): TimeSeries {
  const data = collectTraceTimes(inputs);
  return bucketTraceTimes(data, resolveTimeDomain(data.min, data.max, options));
}
