/**
 * The service graph (X-Ray's service map) as data: nodes keyed by name + type, edges between node
 * keys, X-Ray's statistics field names, and a t-digest per node and edge (xray-model.md §2).
 * Built by `deriveServiceGraph` / `createServiceGraphBuilder` / `fromGetServiceGraphResponse`.
 */
import type { HistogramEntry, TDigest } from "../digest/index";

/** 4xx requests: `ThrottleCount` (429), `OtherCount` (other 4xx), `TotalCount` (all 4xx). */
export interface ErrorStatistics {
  readonly ThrottleCount: number;
  readonly OtherCount: number;
  readonly TotalCount: number;
}

/** 5xx requests: `OtherCount` (untracked 5xx: all of them), `TotalCount` (all 5xx). */
export interface FaultStatistics {
  readonly OtherCount: number;
  readonly TotalCount: number;
}

/**
 * X-Ray's ServiceStatistics / EdgeStatistics: completed requests only. Every request counts in
 * exactly one of OkCount, ErrorStatistics.TotalCount and FaultStatistics.TotalCount
 * (fault > throttle > error), so their sum is TotalCount. TotalResponseTime is in seconds.
 */
export interface ServiceStatistics {
  readonly OkCount: number;
  readonly ErrorStatistics: ErrorStatistics;
  readonly FaultStatistics: FaultStatistics;
  readonly TotalCount: number;
  readonly TotalResponseTime: number;
}

/** Edge statistics have the same fields as service statistics. */
export type EdgeStatistics = ServiceStatistics;

/**
 * `service`: a service that sent segments; `inferred`: a downstream service known only from its
 * callers' subsegments; `client`: the upstream client of a root service.
 */
export type ServiceGraphNodeKind = "service" | "inferred" | "client";

/** `active` for services that sent segments, `unknown` for client and inferred nodes; a read
 * response may carry other values. */
export type ServiceState = "active" | "unknown" | (string & {});

/** One node of the service graph. */
export interface ServiceGraphNode {
  /** Stable identity: `serviceNodeKey(name, type)`. */
  readonly key: string;
  /** X-Ray's ReferenceId: unique in the graph; derived graphs number nodes in key order. */
  readonly referenceId: number;
  readonly kind: ServiceGraphNodeKind;
  readonly name: string;
  /** Every name seen for the node (X-Ray's `Names`), sorted. */
  readonly names: readonly string[];
  /** The segments' `origin` (AWS resource type), `client`, or null when absent. */
  readonly type: string | null;
  readonly accountId: string | null;
  /** True when the node processed a request first (a segment without a parent). */
  readonly root: boolean;
  readonly state: ServiceState;
  /** Epoch seconds. */
  readonly startTime: number;
  /** Epoch seconds. */
  readonly endTime: number;
  /** The node's own requests; null for client nodes (X-Ray gives them none). */
  readonly statistics: ServiceStatistics | null;
  /** Response times (seconds) of the node's requests; null for client nodes. */
  readonly responseTimeDigest: TDigest | null;
  /** Durations (seconds) of the node's requests; null for client nodes. */
  readonly durationDigest: TDigest | null;
}

/** An alias of an edge's target (X-Ray's `Alias`). */
export interface ServiceGraphAlias {
  readonly Name: string;
  readonly Names: readonly string[];
  readonly Type: string | null;
}

/** One edge: calls from `source` to `target` (node keys). */
export interface ServiceGraphEdge {
  /** `serviceEdgeKey(source, target, edgeType)`. */
  readonly key: string;
  readonly source: string;
  readonly target: string;
  /** `link` for asynchronous connections, null for synchronous calls. */
  readonly edgeType: string | null;
  /** Epoch seconds. */
  readonly startTime: number;
  /** Epoch seconds. */
  readonly endTime: number;
  /** The calls as the caller saw them (network time included). */
  readonly statistics: EdgeStatistics;
  /** Response times (seconds) of the calls; null for `link` edges. */
  readonly responseTimeDigest: TDigest | null;
  /** Age (seconds) of events when received by the consumer; `link` edges only. */
  readonly receivedEventAgeDigest: TDigest | null;
  readonly aliases: readonly ServiceGraphAlias[];
}

/** A service graph: nodes and edges sorted by key, with lookups. */
export interface ServiceGraph {
  readonly nodes: readonly ServiceGraphNode[];
  readonly edges: readonly ServiceGraphEdge[];
  readonly nodeByKey: ReadonlyMap<string, ServiceGraphNode>;
  readonly edgeByKey: ReadonlyMap<string, ServiceGraphEdge>;
  /** Earliest node start, epoch seconds (0 for an empty graph). */
  readonly startTime: number;
  /** Latest node end, epoch seconds (0 for an empty graph). */
  readonly endTime: number;
}

/** X-Ray's `Edge` shape (GetServiceGraph, GetTraceGraph). Times are epoch seconds. */
export interface XRayEdge {
  readonly ReferenceId: number;
  readonly StartTime: number;
  readonly EndTime: number;
  readonly SummaryStatistics: EdgeStatistics;
  readonly ResponseTimeHistogram: readonly HistogramEntry[];
  readonly Aliases: readonly ServiceGraphAlias[];
  /** Present (`link`) for asynchronous edges only. */
  readonly EdgeType?: string;
  /** Present for `link` edges only. */
  readonly ReceivedEventAgeHistogram?: readonly HistogramEntry[];
}

/** X-Ray's `Service` shape (GetServiceGraph, GetTraceGraph). Times are epoch seconds. */
export interface XRayService {
  readonly ReferenceId: number;
  readonly Name: string;
  readonly Names: readonly string[];
  /** Present (true) on root services only. */
  readonly Root?: boolean;
  readonly AccountId?: string;
  readonly Type: string | null;
  readonly State: string;
  readonly StartTime: number;
  readonly EndTime: number;
  readonly Edges: readonly XRayEdge[];
  /** Absent on client nodes. */
  readonly SummaryStatistics?: ServiceStatistics;
  readonly DurationHistogram?: readonly HistogramEntry[];
  readonly ResponseTimeHistogram?: readonly HistogramEntry[];
}

/** GetServiceGraph's response (without NextToken: the whole graph is one page). */
export interface GetServiceGraphResponse {
  readonly StartTime: number;
  readonly EndTime: number;
  readonly Services: readonly XRayService[];
  readonly ContainsOldGroupVersions: boolean;
}

/** GetTraceGraph's response (without NextToken). */
export interface GetTraceGraphResponse {
  readonly Services: readonly XRayService[];
}

/** One period of GetTimeSeriesServiceStatistics for one node or one edge. */
export interface ServiceTimeSeriesEntry {
  /** Start of the period, epoch seconds. */
  readonly Timestamp: number;
  /** Set on node series. */
  readonly ServiceSummaryStatistics?: ServiceStatistics;
  /** Set on edge series. */
  readonly EdgeSummaryStatistics?: EdgeStatistics;
  readonly ResponseTimeHistogram: readonly HistogramEntry[];
}

/** Time series of statistics per node key and per edge key, each sorted by Timestamp. */
export interface ServiceTimeSeries {
  /** Period length, seconds. */
  readonly period: number;
  readonly services: ReadonlyMap<string, readonly ServiceTimeSeriesEntry[]>;
  readonly edges: ReadonlyMap<string, readonly ServiceTimeSeriesEntry[]>;
}
