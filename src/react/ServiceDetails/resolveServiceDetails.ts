import type { TDigest } from "../../digest/TDigest";
import type { ServiceGraph, ServiceGraphNode, ServiceStatistics } from "../../model/ServiceGraph";
import type { FilterServiceRef, HistogramSubject } from "../LatencyHistogram/HistogramSubject";
import { describeServiceType } from "../ServiceMap/describeServiceType";
import type { ServiceMapSelection } from "../ServiceMap/ServiceMapProps";
import { sumStatistics } from "../ServiceMap/sumStatistics";

/** What the details panel shows for a selected node or edge. */
export interface ServiceDetailsData {
  readonly kind: "node" | "edge";
  /** Node name, or "source → target". */
  readonly title: string;
  /** Type label and raw type, or "Calls" / "Asynchronous link". */
  readonly subtitle: string;
  readonly statistics: ServiceStatistics | null;
  /** The distribution charted: response times, or for a `link` edge the received event ages. */
  readonly digest: TDigest | null;
  readonly metric: "response time" | "received event age";
  /** The expression's subject; undefined when no expression can name these requests. */
  readonly subject: HistogramSubject | undefined;
  /** True when a response-time range can be added to the expression. */
  readonly rangeFilterable: boolean;
  /** A note on what the expression targets, when it is not the obvious thing. */
  readonly note: string | null;
}

/**
 * A node as a filter reference: by name, or by `id(name:, type:)` when another non-client node of
 * the graph has the same name (Lambda's two nodes, say) and this one has a type.
 */
export function filterRefOf(graph: ServiceGraph, node: ServiceGraphNode): FilterServiceRef {
  const ambiguous = graph.nodes.some(
    (n) => n !== node && n.kind !== "client" && n.name === node.name,
  );
  return ambiguous && node.type !== null
    ? { name: node.name, type: node.type }
    : { name: node.name };
}

/**
 * Everything the details panel needs for a selection, read from the graph: title, statistics,
 * the digest to chart and the subject of the generated expressions. A client node has no requests
 * of its own: its statistics are its edges' and its expression targets the service it calls (a
 * trace's entry point has no caller segment to match an `edge` from the client). So does an edge
 * from a client. A `link` edge charts the received event age, which the filter language cannot
 * test, so its expression carries no range. Null for an unknown key.
 * @example resolveServiceDetails(graph, { kind: "node", key })?.subject
 */
export function resolveServiceDetails(
  graph: ServiceGraph,
  selection: ServiceMapSelection,
): ServiceDetailsData | null {
  if (selection.kind === "node") {
    const node = graph.nodeByKey.get(selection.key);
    if (node === undefined) return null;
    const type = describeServiceType(node.type, node.kind);
    const subtitle =
      node.type === null || node.kind === "client" ? type.label : `${type.label} · ${node.type}`;
    if (node.kind === "client") {
      const out = graph.edges.filter((e) => e.source === node.key);
      const callee = out.length === 1 ? graph.nodeByKey.get(out[0].target) : undefined;
      return {
        kind: "node",
        title: node.name,
        subtitle,
        statistics: sumStatistics(out.map((e) => e.statistics)),
        digest: out.length === 1 ? out[0].responseTimeDigest : null,
        metric: "response time",
        subject:
          callee === undefined
            ? undefined
            : { kind: "service", service: filterRefOf(graph, callee) },
        rangeFilterable: callee !== undefined,
        note: callee === undefined ? null : `Traces are those entering ${callee.name}.`,
      };
    }
    return {
      kind: "node",
      title: node.name,
      subtitle,
      statistics: node.statistics,
      digest: node.responseTimeDigest,
      metric: "response time",
      subject: { kind: "service", service: filterRefOf(graph, node) },
      rangeFilterable: true,
      note: null,
    };
  }
  const edge = graph.edgeByKey.get(selection.key);
  if (edge === undefined) return null;
  const source = graph.nodeByKey.get(edge.source);
  const target = graph.nodeByKey.get(edge.target);
  if (source === undefined || target === undefined) return null;
  const async = edge.edgeType === "link";
  const fromClient = source.kind === "client";
  return {
    kind: "edge",
    title: `${source.name} → ${target.name}`,
    subtitle: async ? "Asynchronous link" : fromClient ? "Client requests" : "Calls",
    statistics: edge.statistics,
    digest: async ? edge.receivedEventAgeDigest : edge.responseTimeDigest,
    metric: async ? "received event age" : "response time",
    subject: fromClient
      ? { kind: "service", service: filterRefOf(graph, target) }
      : { kind: "edge", source: filterRefOf(graph, source), target: filterRefOf(graph, target) },
    rangeFilterable: !async,
    note: fromClient
      ? `Traces are those entering ${target.name}.`
      : async
        ? "The event age cannot be filtered on; the expression selects the link's traces."
        : null,
  };
}
