import type { LayoutPoint } from "../../graph/layoutServiceGraph";
import type {
  ServiceGraph,
  ServiceGraphEdge,
  ServiceGraphNode,
  ServiceStatistics,
} from "../../model/ServiceGraph";
import { computeHealthCounts, countImpacted, type HealthCounts } from "./computeHealthCounts";
import {
  createNodeRadius,
  defaultNodeRadius,
  type NodeRadiusRange,
  type ServiceMapSizing,
} from "./computeNodeRadius";
import { describeServiceType, type ServiceTypeInfo } from "./describeServiceType";
import { sumStatistics } from "./sumStatistics";

/** A node as the map draws it: position, radius, counts and derived metrics. */
export interface ServiceMapNodeView {
  readonly key: string;
  readonly node: ServiceGraphNode;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** The node's statistics; for a client node, the sum of its edges' (what it sent). */
  readonly statistics: ServiceStatistics | null;
  readonly counts: HealthCounts;
  /** Average response time in seconds (TotalResponseTime / TotalCount); null without requests. */
  readonly averageResponseTime: number | null;
  /** Requests (traces) per minute over the graph's time window; null when it has no length. */
  readonly perMinute: number | null;
  readonly type: ServiceTypeInfo;
}

/** An edge as the map draws it. */
export interface ServiceMapEdgeView {
  readonly key: string;
  readonly edge: ServiceGraphEdge;
  readonly source: ServiceMapNodeView;
  readonly target: ServiceMapNodeView;
  /** X-Ray `link` edges (asynchronous): drawn dashed. */
  readonly async: boolean;
  readonly counts: HealthCounts;
  readonly averageResponseTime: number | null;
  readonly perMinute: number | null;
  /** True when the opposite edge (or a second edge between the same ends) exists: drawn bent. */
  readonly bent: boolean;
}

/** Everything the map renders, built once per graph, layout and sizing. */
export interface ServiceMapModel {
  readonly nodes: readonly ServiceMapNodeView[];
  readonly edges: readonly ServiceMapEdgeView[];
  readonly nodeByKey: ReadonlyMap<string, ServiceMapNodeView>;
  readonly edgeByKey: ReadonlyMap<string, ServiceMapEdgeView>;
  /** Keys of the nodes joined to each node by an edge (either direction). */
  readonly neighbours: ReadonlyMap<string, readonly string[]>;
  /** Keys of the edges at each node, outgoing first. */
  readonly edgesAt: ReadonlyMap<string, readonly string[]>;
  /** Box around every node circle (layout units); all zeros for an empty model. */
  readonly bounds: {
    readonly minX: number;
    readonly minY: number;
    readonly maxX: number;
    readonly maxY: number;
  };
}

export interface ServiceMapModelOptions {
  /** Default "none". */
  readonly sizing?: ServiceMapSizing;
  readonly radius?: NodeRadiusRange;
}

const average = (s: ServiceStatistics | null): number | null =>
  s === null || !(s.TotalCount > 0) ? null : s.TotalResponseTime / s.TotalCount;

const append = (map: Map<string, string[]>, key: string, value: string): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};

const link = (map: Map<string, Set<string>>, key: string, value: string): void => {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
};

/**
 * Joins a service graph with its layout positions into what the map draws. Nodes without a
 * position (a layout of an older graph) and edges to them are left out. Rates use the graph's
 * time window (its earliest start to latest end), so nodes compare on the same minutes. Client
 * nodes are sized and coloured by the requests on their edges. Pure; O(nodes + edges).
 * @example createServiceMapModel(graph, layout.positions, { sizing: "traffic" })
 */
export function createServiceMapModel(
  graph: ServiceGraph,
  positions: ReadonlyMap<string, LayoutPoint>,
  options: ServiceMapModelOptions = {},
): ServiceMapModel {
  const minutes = (graph.endTime - graph.startTime) / 60;
  const rate = (s: ServiceStatistics | null): number | null =>
    s === null || !(minutes > 0) ? null : s.TotalCount / minutes;
  const outgoing = new Map<string, ServiceStatistics[]>();
  for (const edge of graph.edges) {
    const list = outgoing.get(edge.source);
    if (list === undefined) outgoing.set(edge.source, [edge.statistics]);
    else list.push(edge.statistics);
  }
  const base = graph.nodes.flatMap((node) => {
    const at = positions.get(node.key);
    if (at === undefined || !Number.isFinite(at.x) || !Number.isFinite(at.y)) return [];
    const statistics =
      node.kind === "client" ? sumStatistics(outgoing.get(node.key) ?? []) : node.statistics;
    return [{ node, at, statistics, counts: computeHealthCounts(statistics) }];
  });
  const sizing = options.sizing ?? "none";
  const value = (c: HealthCounts): number => (sizing === "health" ? countImpacted(c) : c.total);
  const maxValue = base.reduce((m, b) => Math.max(m, value(b.counts)), 0);
  const radius = createNodeRadius(sizing, maxValue, options.radius ?? defaultNodeRadius);

  const nodeByKey = new Map<string, ServiceMapNodeView>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const nodes = base.map(({ node, at, statistics, counts }) => {
    const r = radius(value(counts));
    const view: ServiceMapNodeView = {
      key: node.key,
      node,
      x: at.x,
      y: at.y,
      r,
      statistics,
      counts,
      averageResponseTime: average(statistics),
      perMinute: rate(statistics),
      type: describeServiceType(node.type, node.kind),
    };
    nodeByKey.set(node.key, view);
    minX = Math.min(minX, at.x - r);
    minY = Math.min(minY, at.y - r);
    maxX = Math.max(maxX, at.x + r);
    maxY = Math.max(maxY, at.y + r);
    return view;
  });

  const pairs = new Map<string, number>();
  const pairOf = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  for (const e of graph.edges)
    pairs.set(pairOf(e.source, e.target), (pairs.get(pairOf(e.source, e.target)) ?? 0) + 1);
  const neighbours = new Map<string, Set<string>>();
  const edgesAt = new Map<string, string[]>();
  const incomingAt = new Map<string, string[]>();
  const edgeByKey = new Map<string, ServiceMapEdgeView>();
  const edges: ServiceMapEdgeView[] = [];
  for (const edge of graph.edges) {
    const source = nodeByKey.get(edge.source);
    const target = nodeByKey.get(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    const view: ServiceMapEdgeView = {
      key: edge.key,
      edge,
      source,
      target,
      async: edge.edgeType === "link",
      counts: computeHealthCounts(edge.statistics),
      averageResponseTime: average(edge.statistics),
      perMinute: rate(edge.statistics),
      bent: (pairs.get(pairOf(edge.source, edge.target)) ?? 0) > 1,
    };
    edges.push(view);
    edgeByKey.set(edge.key, view);
    link(neighbours, edge.source, edge.target);
    link(neighbours, edge.target, edge.source);
    append(edgesAt, edge.source, edge.key);
    append(incomingAt, edge.target, edge.key);
  }
  for (const [key, list] of incomingAt) for (const e of list) append(edgesAt, key, e);
  const neighbourLists = new Map<string, readonly string[]>();
  for (const [key, set] of neighbours) neighbourLists.set(key, [...set]);
  const bounds =
    nodes.length === 0 ? { minX: 0, minY: 0, maxX: 0, maxY: 0 } : { minX, minY, maxX, maxY };
  return { nodes, edges, nodeByKey, edgeByKey, neighbours: neighbourLists, edgesAt, bounds };
}
