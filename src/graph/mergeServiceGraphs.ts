import type { ServiceGraph } from "../model/ServiceGraph";
import { ServiceGraphAccumulator } from "./ServiceGraphAccumulator";

/**
 * Merges service graphs (partitions derived in workers or on other machines, or read from X-Ray
 * responses) into one: nodes and edges matched by key, statistics summed, digests merged, time
 * ranges widened, names and aliases united; ReferenceIds are renumbered in key order. Merging the
 * graphs of two sets of traces gives the graph of their union.
 *
 * @example
 * const graph = mergeServiceGraphs(deriveServiceGraph(partA), deriveServiceGraph(partB));
 */
export function mergeServiceGraphs(...graphs: readonly ServiceGraph[]): ServiceGraph {
  const accumulator = new ServiceGraphAccumulator(100);
  for (const graph of graphs) accumulator.addGraph(graph);
  return accumulator.snapshot();
}
