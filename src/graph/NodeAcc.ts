import type {
  ServiceGraphAlias,
  ServiceGraphEdge,
  ServiceGraphNode,
  ServiceGraphNodeKind,
} from "../model/ServiceGraph";
import type { DigestAccumulator } from "./DigestAccumulator";
import type { StatisticsAccumulator } from "./StatisticsAccumulator";

/** The mutable state of one node in a `ServiceGraphAccumulator` (internal). */
export interface NodeAcc {
  readonly key: string;
  readonly name: string;
  readonly type: string | null;
  kind: ServiceGraphNodeKind;
  readonly names: Set<string>;
  accountId: string | null;
  root: boolean;
  state: string | null;
  start: number;
  end: number;
  stats: StatisticsAccumulator | null;
  responseTime: DigestAccumulator | null;
  /** Null while every duration equals its response time (the response-time digest serves). */
  duration: DigestAccumulator | null;
  /** Synchronous edges from this node, by target: the hot path's lookup. */
  readonly out: Map<NodeAcc, EdgeAcc>;
}

/** The mutable state of one edge in a `ServiceGraphAccumulator` (internal). */
export interface EdgeAcc {
  readonly key: string;
  readonly source: NodeAcc;
  readonly target: NodeAcc;
  readonly edgeType: string | null;
  start: number;
  end: number;
  readonly stats: StatisticsAccumulator;
  readonly responseTime: DigestAccumulator | null;
  readonly eventAge: DigestAccumulator | null;
  readonly aliases: Map<string, ServiceGraphAlias>;
}

/** The immutable node of a node's state, numbered `referenceId`. */
export function snapshotNode(n: NodeAcc, referenceId: number): ServiceGraphNode {
  return {
    key: n.key,
    referenceId,
    kind: n.kind,
    name: n.name,
    names: [...n.names].sort(),
    type: n.type,
    accountId: n.accountId,
    root: n.root,
    state: n.state ?? (n.kind === "service" ? "active" : "unknown"),
    startTime: Number.isFinite(n.start) ? n.start : 0,
    endTime: Number.isFinite(n.end) ? n.end : 0,
    statistics: n.stats === null ? null : n.stats.snapshot(),
    responseTimeDigest: n.responseTime === null ? null : n.responseTime.snapshot(),
    // no duration digest of its own: every duration so far equalled the response time
    durationDigest: (n.duration ?? n.responseTime)?.snapshot() ?? null,
  };
}

/** The immutable edge of an edge's state. */
export function snapshotEdge(e: EdgeAcc): ServiceGraphEdge {
  return {
    key: e.key,
    source: e.source.key,
    target: e.target.key,
    edgeType: e.edgeType,
    startTime: Number.isFinite(e.start) ? e.start : 0,
    endTime: Number.isFinite(e.end) ? e.end : 0,
    statistics: e.stats.snapshot(),
    responseTimeDigest: e.responseTime === null ? null : e.responseTime.snapshot(),
    receivedEventAgeDigest: e.eventAge === null ? null : e.eventAge.snapshot(),
    aliases: [...e.aliases.values()].sort((a, b) => (a.Name < b.Name ? -1 : 1)),
  };
}
