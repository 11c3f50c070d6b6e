import type { HistogramEntry, TDigest } from "../digest/index";
import { toHistogramEntries } from "../digest/index";
import type {
  GetServiceGraphResponse,
  ServiceGraph,
  ServiceGraphEdge,
  XRayEdge,
  XRayService,
} from "../model/ServiceGraph";

export interface ToGetServiceGraphResponseOptions {
  /**
   * At most this many entries per histogram (bins of a dynamic histogram). Default: one entry per
   * digest centroid, which is one per distinct value while a node has fewer requests than about
   * the digest's compression, like X-Ray's own histograms.
   */
  readonly buckets?: number;
}

/**
 * Writes a graph in GetServiceGraph's shape, field for field (xray-model.md §2.5): Services
 * ordered by ReferenceId, times in epoch seconds, histograms as HistogramEntry[] from the
 * digests; `Root` only on root services, `SummaryStatistics` and histograms not on client nodes,
 * `EdgeType` and `ReceivedEventAgeHistogram` only on `link` edges. Option `buckets` caps the
 * entries per histogram (default: one per digest centroid).
 *
 * @example
 * JSON.stringify(toGetServiceGraphResponse(deriveServiceGraph(traces)));
 */
export function toGetServiceGraphResponse(
  graph: ServiceGraph,
  options: ToGetServiceGraphResponseOptions = {},
): GetServiceGraphResponse {
  const histogram = (digest: TDigest | null): HistogramEntry[] =>
    digest === null || digest.count === 0
      ? []
      : toHistogramEntries(
          digest,
          options.buckets === undefined ? {} : { buckets: options.buckets },
        );
  const outgoing = new Map<string, ServiceGraphEdge[]>();
  for (const edge of graph.edges) {
    const list = outgoing.get(edge.source);
    if (list === undefined) outgoing.set(edge.source, [edge]);
    else list.push(edge);
  }
  const services = [...graph.nodes]
    .sort((a, b) => a.referenceId - b.referenceId)
    .map((node): XRayService => {
      const edges = (outgoing.get(node.key) ?? []).map((edge): XRayEdge => {
        const target = graph.nodeByKey.get(edge.target)!;
        const base = {
          ReferenceId: target.referenceId,
          StartTime: edge.startTime,
          EndTime: edge.endTime,
          SummaryStatistics: edge.statistics,
          ResponseTimeHistogram: histogram(edge.responseTimeDigest),
          Aliases: edge.aliases,
        };
        return edge.edgeType === null
          ? base
          : {
              ...base,
              EdgeType: edge.edgeType,
              ReceivedEventAgeHistogram: histogram(edge.receivedEventAgeDigest),
            };
      });
      return {
        ReferenceId: node.referenceId,
        Name: node.name,
        Names: node.names,
        ...(node.root ? { Root: true } : {}),
        ...(node.accountId === null ? {} : { AccountId: node.accountId }),
        Type: node.type,
        State: node.state,
        StartTime: node.startTime,
        EndTime: node.endTime,
        Edges: edges,
        ...(node.statistics === null
          ? {}
          : {
              SummaryStatistics: node.statistics,
              DurationHistogram: histogram(node.durationDigest),
              ResponseTimeHistogram: histogram(node.responseTimeDigest),
            }),
      };
    });
  return {
    StartTime: graph.startTime,
    EndTime: graph.endTime,
    Services: services,
    ContainsOldGroupVersions: false,
  };
}
