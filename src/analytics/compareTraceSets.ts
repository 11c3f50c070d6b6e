import {
  compareFieldCounts,
  type ComparisonOrder,
  type FieldComparison,
} from "./compareFieldCounts";
import type {
  DistributionMetric,
  ResponseTimeDistribution,
} from "./computeResponseTimeDistribution";
import {
  bucketTraceTimes,
  resolveTimeDomain,
  type TimeSeries,
  type TimeSeriesOptions,
} from "./computeTimeSeries";
import { createTraceSetAccumulator, type TraceSetAccumulator } from "./createTraceSetAccumulator";
import type { AnalyticsField } from "./readFieldValues";
import type { AnalyticsInput } from "./TraceSummaryLike";

/** The sets to compare: A and B (filtered sets), and optionally all traces for the gray series. */
export interface TraceSets {
  readonly a: Iterable<AnalyticsInput>;
  readonly b: Iterable<AnalyticsInput>;
  readonly all?: Iterable<AnalyticsInput>;
}

export interface CompareTraceSetsOptions extends TimeSeriesOptions {
  /** Fields to tabulate, default `http.status`, `http.url`, `http.method` and `user`. */
  readonly fields?: readonly AnalyticsField[];
  /** Distribution metric, default `responsetime`. */
  readonly metric?: DistributionMetric;
  /** δ of the digests, default 100. */
  readonly compression?: number;
  /** Row order of the tables, default `count`. */
  readonly order?: ComparisonOrder;
}

/** One set's distribution and time series (on the shared time domain). */
export interface TraceSetAnalytics {
  readonly count: number;
  readonly distribution: ResponseTimeDistribution;
  readonly timeSeries: TimeSeries;
}

export interface TraceSetComparison {
  readonly a: TraceSetAnalytics;
  readonly b: TraceSetAnalytics;
  /** Present when `all` was given. */
  readonly all?: TraceSetAnalytics;
  /** One table per field: values with the % of traces in A and in B and the delta A − B. */
  readonly tables: readonly FieldComparison[];
}

const DEFAULT_FIELDS: readonly AnalyticsField[] = [
  "http.status",
  "http.url",
  "http.method",
  "user",
];

/**
 * Set A versus set B, as X-Ray Analytics' Compare shows them: each set's response-time
 * distribution and time series (every series on one time domain, so they draw together), and
 * tables of field values with the percentage of traces in each set and the delta A − B. Each
 * iterable is read once.
 * @example
 * const get = compileFilter('http.method = "GET"');
 * const a = traces.filter((t) => get.matchesTrace(t));
 * const b = traces.filter((t) => !get.matchesTrace(t));
 * const cmp = compareTraceSets({ all: traces, a, b });
 * cmp.tables[0].rows[0].delta; // +0.12: 12 points more of A than of B have this status
 */
export function compareTraceSets(
  sets: TraceSets,
  options: CompareTraceSetsOptions = {},
): TraceSetComparison {
  const fields = options.fields ?? DEFAULT_FIELDS;
  const metric = options.metric ?? "responsetime";
  const compression = options.compression ?? 100;
  const read = (inputs: Iterable<AnalyticsInput>) =>
    createTraceSetAccumulator(inputs, fields, metric, compression);
  const a = read(sets.a);
  const b = read(sets.b);
  const all = sets.all === undefined ? undefined : read(sets.all);
  const present = [a, b, ...(all === undefined ? [] : [all])];
  let min = Infinity;
  let max = -Infinity;
  for (const s of present) {
    min = Math.min(min, s.times.min);
    max = Math.max(max, s.times.max);
  }
  const domain = resolveTimeDomain(min, max, options);
  const finish = (s: TraceSetAccumulator): TraceSetAnalytics => ({
    count: s.count(),
    distribution: s.distribution(),
    timeSeries: bucketTraceTimes(s.times.done(), domain),
  });
  const tables = fields.map((field) =>
    compareFieldCounts(
      field,
      a.fieldCounts.get(field)!,
      a.count(),
      b.fieldCounts.get(field)!,
      b.count(),
      options.order,
    ),
  );
  return {
    a: finish(a),
    b: finish(b),
    ...(all === undefined ? {} : { all: finish(all) }),
    tables,
  };
}
