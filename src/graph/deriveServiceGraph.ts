import type { ServiceGraph } from "../model/ServiceGraph";
import type { Trace } from "../model/Trace";
import type { ServiceGraphOptions } from "./createServiceGraphBuilder";
import { createServiceGraphBuilder } from "./createServiceGraphBuilder";

/**
 * Derives X-Ray's service graph from assembled traces: a node per (name, origin) that sent
 * segments, inferred downstream nodes, a client node before each root service, Lambda's two
 * nodes, `link` edges for asynchronous calls; statistics with X-Ray's field names and a t-digest
 * per node and edge (README "Service graph" gives the rules). Options: `filter` (a trace
 * predicate), `compression` (100), `linkScope` (`input`).
 *
 * @example
 * const { traces } = assembleTraces(parseSegmentDocuments(text).documents);
 * const graph = deriveServiceGraph(traces);
 * graph.nodes.map((n) => `${n.name} (${n.type})`);
 */
export function deriveServiceGraph(
  traces: Iterable<Trace>,
  options: ServiceGraphOptions = {},
): ServiceGraph {
  const builder = createServiceGraphBuilder({
    ...options,
    linkScope: options.linkScope ?? "input",
  });
  builder.addTraces(traces);
  return builder.build();
}
