import type { TDigest } from "../digest/index";
import { toHistogramEntries } from "../digest/index";
import type {
  ServiceStatistics,
  ServiceTimeSeries,
  ServiceTimeSeriesEntry,
} from "../model/ServiceGraph";
import type { Trace } from "../model/Trace";
import type { TraceNode } from "../model/TraceNode";
import type { LinkScope } from "./LinkResolver";
import { LinkResolver } from "./LinkResolver";
import type { ServiceCallSink } from "./ServiceCallSink";
import { ServiceGraphAccumulator } from "./ServiceGraphAccumulator";
import { walkServiceCalls } from "./walkServiceCalls";

export interface ServiceTimeSeriesOptions {
  /** Period length in seconds (default 60, X-Ray's finest). */
  readonly period?: number;
  /** Only traces for which this returns true count. */
  readonly filter?: (trace: Trace) => boolean;
  /**
   * Emit zero entries for the empty periods between the first and last period of the result
   * (default false); done only when that span is at most 100,000 periods.
   */
  readonly fillGaps?: boolean;
  /** Compression of the per-period digests behind the histograms (default 100). */
  readonly compression?: number;
  /** As in `deriveServiceGraph` (default `input`). */
  readonly linkScope?: LinkScope;
}

const maxFilledPeriods = 100_000;

const zero: ServiceStatistics = {
  OkCount: 0,
  ErrorStatistics: { ThrottleCount: 0, OtherCount: 0, TotalCount: 0 },
  FaultStatistics: { OtherCount: 0, TotalCount: 0 },
  TotalCount: 0,
  TotalResponseTime: 0,
};

const histogram = (digest: TDigest | null) =>
  digest === null || digest.count === 0 ? [] : toHistogramEntries(digest);

/**
 * Statistics per node and per edge per period, in GetTimeSeriesServiceStatistics' entry shape
 * (`Timestamp`, `ServiceSummaryStatistics` or `EdgeSummaryStatistics`, `ResponseTimeHistogram`),
 * keyed by node and edge key as in `deriveServiceGraph`. A request counts in the period of its
 * start (a call in the period of the caller's subsegment start).
 *
 * @example
 * const series = computeServiceTimeSeries(traces, { period: 300 });
 * series.services.get(serviceNodeKey("api", null))?.map((e) => e.ServiceSummaryStatistics?.TotalCount);
 */
export function computeServiceTimeSeries(
  traces: Iterable<Trace>,
  options: ServiceTimeSeriesOptions = {},
): ServiceTimeSeries {
  const period = options.period ?? 60;
  if (!(period > 0) || !Number.isFinite(period))
    throw new RangeError(`period must be a positive number of seconds, not ${period}`);
  const compression = options.compression ?? 100;
  const periods = new Map<number, ServiceGraphAccumulator>();
  const at = (time: number): ServiceGraphAccumulator => {
    const index = Math.floor(time / period);
    let accumulator = periods.get(index);
    if (accumulator === undefined) {
      accumulator = new ServiceGraphAccumulator(compression);
      periods.set(index, accumulator);
    }
    return accumulator;
  };
  const router: ServiceCallSink = {
    request: (segment: TraceNode) => at(segment.startTime).request(segment),
    call: (caller, callee, view, edgeType) =>
      at(view.startTime).call(caller, callee, view, edgeType),
    clientCall: (root) => at(root.startTime).clientCall(root),
    link: (producer, consumer) => at(consumer.startTime).link(producer, consumer),
  };
  const links = new LinkResolver(options.linkScope ?? "input");
  for (const trace of traces) {
    if (options.filter === undefined || options.filter(trace))
      walkServiceCalls(trace, router, links);
  }

  const services = new Map<string, ServiceTimeSeriesEntry[]>();
  const edges = new Map<string, ServiceTimeSeriesEntry[]>();
  const append = (
    map: Map<string, ServiceTimeSeriesEntry[]>,
    key: string,
    entry: ServiceTimeSeriesEntry,
  ): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else list.push(entry);
  };
  const indices = [...periods.keys()].sort((a, b) => a - b);
  for (const index of indices) {
    const graph = periods.get(index)!.snapshot();
    const Timestamp = index * period;
    for (const node of graph.nodes) {
      if (node.statistics === null) continue;
      append(services, node.key, {
        Timestamp,
        ServiceSummaryStatistics: node.statistics,
        ResponseTimeHistogram: histogram(node.responseTimeDigest),
      });
    }
    for (const edge of graph.edges) {
      append(edges, edge.key, {
        Timestamp,
        EdgeSummaryStatistics: edge.statistics,
        ResponseTimeHistogram: histogram(edge.responseTimeDigest),
      });
    }
  }
  const first = indices[0];
  const last = indices[indices.length - 1];
  if (options.fillGaps === true && indices.length > 0 && last - first < maxFilledPeriods) {
    const fill = (
      map: Map<string, ServiceTimeSeriesEntry[]>,
      field: "ServiceSummaryStatistics" | "EdgeSummaryStatistics",
    ) => {
      for (const [key, list] of map) {
        const byIndex = new Map(list.map((e) => [Math.round(e.Timestamp / period), e]));
        const filled: ServiceTimeSeriesEntry[] = [];
        for (let i = first; i <= last; i++) {
          filled.push(
            byIndex.get(i) ?? { Timestamp: i * period, [field]: zero, ResponseTimeHistogram: [] },
          );
        }
        map.set(key, filled);
      }
    };
    fill(services, "ServiceSummaryStatistics");
    fill(edges, "EdgeSummaryStatistics");
  }
  return { period, services, edges };
}
