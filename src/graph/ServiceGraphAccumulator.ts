import type {
  ServiceGraph,
  ServiceGraphEdge,
  ServiceGraphNode,
  ServiceGraphNodeKind,
} from "../model/ServiceGraph";
import type { TraceNode } from "../model/TraceNode";
import { composeServiceGraph } from "./composeServiceGraph";
import { DigestAccumulator } from "./DigestAccumulator";
import type { EdgeAcc, NodeAcc } from "./NodeAcc";
import { snapshotEdge, snapshotNode } from "./NodeAcc";
import type { ServiceCallSink } from "./ServiceCallSink";
import { serviceEdgeKey } from "./serviceEdgeKey";
import { serviceNodeKey } from "./serviceNodeKey";
import { StatisticsAccumulator } from "./StatisticsAccumulator";

const maxAliases = 16;
/** client < inferred < service: a node seen as several kinds keeps the highest. (A function:
 * indexing a record by a string variable is a slow keyed lookup on this hot path.) */
const kindRank = (kind: ServiceGraphNodeKind): number =>
  kind === "service" ? 2 : kind === "inferred" ? 1 : 0;

const accountOf = (node: TraceNode): string | null => {
  const aws = node.entity.aws;
  if (aws === undefined || aws === null || typeof aws !== "object") return null;
  const account = Object.hasOwn(aws, "account_id") ? aws.account_id : undefined;
  return typeof account === "string" && account !== "" ? account : null;
};

const minString = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : b < a ? b : a;

/**
 * The mutable state behind a service graph (internal): node and edge sums keyed by identity, fed
 * by the derivation (one request or call at a time) or by whole graphs (merging), and turned
 * into an immutable `ServiceGraph` by `snapshot()`.
 */
export class ServiceGraphAccumulator implements ServiceCallSink {
  private readonly byName = new Map<string, Map<string | null, NodeAcc>>();
  private readonly nodeByKey = new Map<string, NodeAcc>();
  private readonly edgeByKey = new Map<string, EdgeAcc>();
  private readonly compression: number;
  private recentSegment: TraceNode | null = null;
  private recentNode: NodeAcc | null = null;
  private callerSegment: TraceNode | null = null;
  private callerNode: NodeAcc | null = null;

  constructor(compression: number) {
    this.compression = compression;
  }

  /** Counts one request of a segment (or inferred segment) on its node. */
  request(segment: TraceNode): void {
    const node = this.segmentNode(segment);
    if (segment.kind === "segment") {
      // an inferred segment carries its caller's aws data: no account of its own
      const account = accountOf(segment);
      if (account !== null) node.accountId = minString(node.accountId, account);
    }
    const start = segment.startTime;
    const end = segment.endTime;
    if (start < node.start) node.start = start;
    if (end === undefined) {
      if (start > node.end) node.end = start;
      return;
    }
    if (end > node.end) node.end = end;
    const responseTime = end - start;
    let last = end;
    const children = segment.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.kind === "subsegment" && child.endTime !== undefined && child.endTime > last) {
        last = child.endTime;
      }
    }
    if (node.stats === null) this.addNodeSums(node);
    node.stats!.add(segment.status, responseTime);
    const duration = last - start;
    // split before adding this response time: the copy must hold only the durations so far
    if (node.duration === null && duration !== responseTime) this.splitDuration(node);
    node.responseTime!.add(responseTime);
    node.duration?.add(duration);
  }

  /**
   * Counts one call from `caller`'s service to `callee`'s, as `view` (the caller's subsegment, or
   * the callee's segment when the caller is a segment) saw it.
   */
  call(caller: TraceNode, callee: TraceNode, view: TraceNode, edgeType: string | null): void {
    const source = this.segmentNode(caller, true);
    const target = this.segmentNode(callee);
    const edge = this.edgeFor(source, target, edgeType);
    const start = view.startTime;
    const end = view.endTime;
    if (start < edge.start) edge.start = start;
    if ((end ?? start) > edge.end) edge.end = end ?? start;
    if (
      callee.kind === "segment" &&
      view !== callee &&
      view.name !== target.name &&
      edge.aliases.size < maxAliases
    ) {
      if (!edge.aliases.has(view.name)) {
        const Type = view.namespace === "remote" ? "remote" : null;
        edge.aliases.set(view.name, { Name: view.name, Names: [view.name], Type });
      }
    }
    if (end === undefined) return;
    edge.stats.add(view.status, end - start);
    edge.responseTime?.add(end - start);
    edge.eventAge?.add(Math.max(0, callee.startTime - start));
  }

  /** Counts one request reaching a root service from its client. */
  clientCall(root: TraceNode): void {
    const target = this.segmentNode(root);
    target.root = true;
    const client = this.nodeFor(root.name, "client", "client");
    const start = root.startTime;
    const end = root.endTime ?? start;
    if (start < client.start) client.start = start;
    if (end > client.end) client.end = end;
    const edge = this.edgeFor(client, target, null);
    if (start < edge.start) edge.start = start;
    if (end > edge.end) edge.end = end;
    if (root.endTime === undefined) return;
    edge.stats.add(root.status, end - start);
    edge.responseTime!.add(end - start);
  }

  /**
   * Counts one asynchronous link from a producing entity to a consuming segment's node. The
   * source is the downstream node the producing call reached (the queue or topic of a send), else
   * the producer's own service.
   */
  link(producer: TraceNode, consumer: TraceNode): void {
    let from = producer.segment;
    if (producer.kind === "subsegment") {
      for (const child of producer.children) {
        if (child.kind !== "subsegment") {
          from = child;
          break;
        }
      }
    }
    if (from.kind === "subsegment") return;
    const source = this.segmentNode(from, true);
    const target = this.segmentNode(consumer);
    const edge = this.edgeFor(source, target, "link");
    const start = consumer.startTime;
    const end = consumer.endTime;
    if (start < edge.start) edge.start = start;
    if ((end ?? start) > edge.end) edge.end = end ?? start;
    if (end === undefined) return;
    edge.stats.add(consumer.status, end - start);
    edge.eventAge?.add(Math.max(0, start - (producer.endTime ?? producer.startTime)));
  }

  /** Adds every node and edge of a graph (sums, digest merges, unions). */
  addGraph(graph: ServiceGraph): void {
    for (const node of graph.nodes) this.addGraphNode(node);
    for (const edge of graph.edges) {
      const source = this.nodeByKey.get(edge.source);
      const target = this.nodeByKey.get(edge.target);
      if (source !== undefined && target !== undefined) this.addGraphEdge(edge, source, target);
    }
  }

  /** The immutable graph of everything added so far; node ReferenceIds follow key order. */
  snapshot(): ServiceGraph {
    const nodes = [...this.nodeByKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    const outNodes = nodes.map(snapshotNode);
    const edges = [...this.edgeByKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    const outEdges = edges.map(snapshotEdge);
    return composeServiceGraph(outNodes, outEdges);
  }

  /**
   * The node of a segment. Two one-entry caches: one for callers (a service's segment calls many
   * downstream nodes in a row), one for the rest (the walk asks for a segment's node as a request,
   * then again as the callee).
   */
  private segmentNode(segment: TraceNode, asCaller = false): NodeAcc {
    if (asCaller) {
      if (segment === this.callerSegment) return this.callerNode!;
    } else if (segment === this.recentSegment) return this.recentNode!;
    const node = this.nodeFor(
      segment.name,
      segment.origin,
      segment.kind === "inferred" ? "inferred" : "service",
    );
    if (asCaller) {
      this.callerSegment = segment;
      this.callerNode = node;
    } else {
      this.recentSegment = segment;
      this.recentNode = node;
    }
    return node;
  }

  private nodeFor(name: string, type: string | null, kind: ServiceGraphNodeKind): NodeAcc {
    let byType = this.byName.get(name);
    if (byType === undefined) {
      byType = new Map();
      this.byName.set(name, byType);
    }
    let node = byType.get(type);
    if (node === undefined) {
      const key = serviceNodeKey(name, type);
      node = {
        key,
        name,
        type,
        kind,
        names: new Set([name]),
        accountId: null,
        root: false,
        state: null,
        start: Infinity,
        end: -Infinity,
        stats: null,
        responseTime: null,
        duration: null,
        out: new Map(),
      };
      if (kind !== "client") this.addNodeSums(node);
      byType.set(type, node);
      this.nodeByKey.set(key, node);
    } else if (kind !== node.kind && kindRank(kind) > kindRank(node.kind)) {
      node.kind = kind;
    }
    return node;
  }

  private addNodeSums(node: NodeAcc): void {
    node.stats = new StatisticsAccumulator();
    node.responseTime = new DigestAccumulator(this.compression);
    node.duration = null;
  }

  /** Gives a node its own duration digest: until now every duration equalled the response time. */
  private splitDuration(node: NodeAcc): void {
    const duration = new DigestAccumulator(this.compression);
    if (node.responseTime !== null) duration.addDigest(node.responseTime.snapshot());
    node.duration = duration;
  }

  private edgeFor(source: NodeAcc, target: NodeAcc, edgeType: string | null): EdgeAcc {
    if (edgeType === null) {
      const cached = source.out.get(target);
      if (cached !== undefined) return cached;
    }
    const key = serviceEdgeKey(source.key, target.key, edgeType);
    let edge = this.edgeByKey.get(key);
    if (edge === undefined) {
      const link = edgeType === "link";
      edge = {
        key,
        source,
        target,
        edgeType,
        start: Infinity,
        end: -Infinity,
        stats: new StatisticsAccumulator(),
        responseTime: link ? null : new DigestAccumulator(this.compression),
        eventAge: link ? new DigestAccumulator(this.compression) : null,
        aliases: new Map(),
      };
      this.edgeByKey.set(key, edge);
      if (edgeType === null) source.out.set(target, edge);
    }
    return edge;
  }

  private addGraphNode(n: ServiceGraphNode): void {
    const node = this.nodeFor(n.name, n.type, n.kind);
    for (const name of n.names) node.names.add(name);
    node.accountId = minString(node.accountId, n.accountId);
    node.root ||= n.root;
    if (
      n.state === "active" ||
      node.state === null ||
      (node.state !== "active" && n.state < node.state)
    ) {
      node.state = n.state;
    }
    if (n.startTime < node.start) node.start = n.startTime;
    if (n.endTime > node.end) node.end = n.endTime;
    if (n.statistics !== null) {
      if (node.stats === null) this.addNodeSums(node);
      node.stats!.addStatistics(n.statistics);
    }
    // split before adding: the copy must hold only the durations so far
    if (n.durationDigest !== null && node.stats !== null && node.duration === null) {
      this.splitDuration(node);
    }
    if (n.responseTimeDigest !== null) node.responseTime?.addDigest(n.responseTimeDigest);
    if (n.durationDigest !== null) node.duration?.addDigest(n.durationDigest);
  }

  private addGraphEdge(e: ServiceGraphEdge, source: NodeAcc, target: NodeAcc): void {
    const edge = this.edgeFor(source, target, e.edgeType);
    if (e.startTime < edge.start) edge.start = e.startTime;
    if (e.endTime > edge.end) edge.end = e.endTime;
    edge.stats.addStatistics(e.statistics);
    if (e.responseTimeDigest !== null) edge.responseTime?.addDigest(e.responseTimeDigest);
    if (e.receivedEventAgeDigest !== null) edge.eventAge?.addDigest(e.receivedEventAgeDigest);
    for (const alias of e.aliases) {
      if (edge.aliases.size >= maxAliases) break;
      if (!edge.aliases.has(alias.Name)) edge.aliases.set(alias.Name, alias);
    }
  }
}
