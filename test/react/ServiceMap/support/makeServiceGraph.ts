/** Hand-made service graphs for the map's tests: nodes by name, edges by name pairs. */
import { composeServiceGraph } from "../../../../src/graph/composeServiceGraph";
import { serviceEdgeKey } from "../../../../src/graph/serviceEdgeKey";
import { serviceNodeKey } from "../../../../src/graph/serviceNodeKey";
import type {
  ServiceGraph,
  ServiceGraphEdge,
  ServiceGraphNode,
  ServiceGraphNodeKind,
  ServiceStatistics,
} from "../../../../src/model/ServiceGraph";

export interface Counts {
  readonly ok?: number;
  /** 4xx other than 429. */
  readonly error?: number;
  readonly throttle?: number;
  readonly fault?: number;
  /** Average response time, seconds (default 0.01). */
  readonly avg?: number;
}

export interface NodeSpec extends Counts {
  readonly name: string;
  readonly type?: string | null;
  readonly kind?: ServiceGraphNodeKind;
}

export interface EdgeSpec extends Counts {
  readonly from: string;
  readonly to: string;
  readonly link?: boolean;
}

export function statistics(c: Counts): ServiceStatistics {
  const ok = c.ok ?? 0;
  const error = c.error ?? 0;
  const throttle = c.throttle ?? 0;
  const fault = c.fault ?? 0;
  const total = ok + error + throttle + fault;
  return {
    OkCount: ok,
    ErrorStatistics: { ThrottleCount: throttle, OtherCount: error, TotalCount: error + throttle },
    FaultStatistics: { OtherCount: fault, TotalCount: fault },
    TotalCount: total,
    TotalResponseTime: total * (c.avg ?? 0.01),
  };
}

/** Start 0 s, end 600 s (10 minutes), so a node with N requests has N / 10 per minute. */
export function makeServiceGraph(
  nodes: readonly NodeSpec[],
  edges: readonly EdgeSpec[] = [],
): ServiceGraph {
  const keyOf = new Map<string, string>();
  const built: ServiceGraphNode[] = nodes.map((n, i) => {
    const kind = n.kind ?? "service";
    const type = n.type === undefined ? (kind === "client" ? "client" : null) : n.type;
    const key = serviceNodeKey(n.name, type);
    keyOf.set(kind === "client" ? `client:${n.name}` : n.name, key);
    return {
      key,
      referenceId: i,
      kind,
      name: n.name,
      names: [n.name],
      type,
      accountId: null,
      root: false,
      state: "active",
      startTime: 0,
      endTime: 600,
      statistics: kind === "client" ? null : statistics(n),
      responseTimeDigest: null,
      durationDigest: null,
    };
  });
  const lookup = (name: string): string => {
    const key = keyOf.get(name);
    if (key === undefined) throw new Error(`no node ${name}`);
    return key;
  };
  const builtEdges: ServiceGraphEdge[] = edges.map((e) => {
    const source = lookup(e.from);
    const target = lookup(e.to);
    return {
      key: serviceEdgeKey(source, target, e.link === true ? "link" : null),
      source,
      target,
      edgeType: e.link === true ? "link" : null,
      startTime: 0,
      endTime: 600,
      statistics: statistics(e),
      responseTimeDigest: null,
      receivedEventAgeDigest: null,
      aliases: [],
    };
  });
  return composeServiceGraph(built, builtEdges);
}

/** Positions by node name (keys resolved against the graph). */
export function positionsOf(
  graph: ServiceGraph,
  byName: Readonly<Record<string, readonly [number, number]>>,
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  for (const node of graph.nodes) {
    const name = node.kind === "client" ? `client:${node.name}` : node.name;
    const at = byName[name] ?? byName[node.name];
    if (at !== undefined) out.set(node.key, { x: at[0], y: at[1] });
  }
  return out;
}
