import type { ServiceGraphNodeKind } from "../model/ServiceGraph";
import { createLayoutSimulation } from "./createLayoutSimulation";

/** A node position in layout units. */
export interface LayoutPoint {
  readonly x: number;
  readonly y: number;
}

/** What the layout needs of a graph (a `ServiceGraph` qualifies; so does a worker message). */
export interface ServiceGraphLayoutInput {
  readonly nodes: readonly { readonly key: string; readonly kind?: ServiceGraphNodeKind }[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
}

export interface LayoutServiceGraphOptions {
  /** Seed of the random source (default 1): same graph, options and seed give the same positions. */
  readonly seed?: number;
  /**
   * Positions of an earlier layout (warm start): those nodes start there and are held near it,
   * new nodes start beside their placed neighbours, and the simulation runs cooler.
   */
  readonly previous?: ReadonlyMap<string, LayoutPoint> | ServiceGraphLayout;
  /** Simulation ticks (default 300 up to 300 nodes, then 300·(300/n)^0.6, at least 30). */
  readonly ticks?: number;
  /** Horizontal distance between layers (default 180). */
  readonly layerGap?: number;
  /** Vertical distance between nodes of a layer, and collision diameter (default 70). */
  readonly nodeSpacing?: number;
  /** Barnes–Hut accuracy of the many-body force (default 0.9; larger is faster, coarser). */
  readonly theta?: number;
}

/** Positions by node key, the layer of each node, and the bounding box. */
export interface ServiceGraphLayout {
  readonly positions: ReadonlyMap<string, LayoutPoint>;
  /** Left-to-right layer: breadth-first distance from the clients (and nodes nobody calls). */
  readonly depths: ReadonlyMap<string, number>;
  readonly bounds: {
    readonly minX: number;
    readonly minY: number;
    readonly maxX: number;
    readonly maxY: number;
  };
  /** Simulation ticks run (all of them, except in a running `LayoutSimulation`'s snapshot). */
  readonly ticks: number;
}

/**
 * Lays out a service graph with d3-force, headless and synchronous (`stop()` + `tick(n)`, fine in
 * Node or a Web Worker): nodes start in layers by depth from the clients and a forceX keeps that
 * left-to-right tendency; links, a Barnes–Hut many-body force and collision spread them. d3 gets
 * copies, never the graph's objects. Deterministic for a seed; `previous` gives a warm start that
 * keeps existing nodes where they were. Time is bounded by the tick cap: about 1 s for 1,238
 * nodes and 3.5 s or more for 10,000 (BENCHMARKS.md; run big maps in a worker). Defaults: seed 1,
 * layerGap 180, nodeSpacing 70, theta 0.9. `createLayoutSimulation` runs the same layout a few
 * ticks at a time.
 *
 * @example
 * const layout = layoutServiceGraph(graph, { seed: 7 });
 * const next = layoutServiceGraph(biggerGraph, { previous: layout });
 * next.positions.get(node.key); // { x, y }
 */
export function layoutServiceGraph(
  graph: ServiceGraphLayoutInput,
  options: LayoutServiceGraphOptions = {},
): ServiceGraphLayout {
  const simulation = createLayoutSimulation(graph, options);
  simulation.tick();
  return simulation.layout();
}
