import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { ServiceGraphNodeKind } from "../model/ServiceGraph";
import { computeLayoutDepths } from "./computeLayoutDepths";
import { createSeededRandom } from "./createSeededRandom";

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
  readonly ticks: number;
}

interface SimNode extends SimulationNodeDatum {
  x: number;
  y: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  /** Layers between the ends: the link's rest length is span × layerGap. */
  readonly span: number;
}

const anchorStrength = 0.5;

/** 300 ticks up to 300 nodes, then fewer (the layered start needs less settling): 128 for 1,238, 36 for 10,000. */
const defaultTicks = (n: number): number =>
  n <= 300 ? 300 : Math.max(30, Math.round(300 * Math.pow(300 / n, 0.6)));

/** Share of the ticks, at the end, that also run collision (its quadtree costs about half the charge's). */
const collideShare = 0.4;

/**
 * Lays out a service graph with d3-force, headless and synchronous (`stop()` + `tick(n)`, fine in
 * Node or a Web Worker): nodes start in layers by depth from the clients and a forceX keeps that
 * left-to-right tendency; links, a Barnes–Hut many-body force and collision spread them. d3 gets
 * copies, never the graph's objects. Deterministic for a seed; `previous` gives a warm start that
 * keeps existing nodes where they were. Time is bounded by the tick cap: about 1 s for 1,238
 * nodes and 3.5 s or more for 10,000 (BENCHMARKS.md; run big maps in a worker). Defaults: seed 1,
 * layerGap 180, nodeSpacing 70, theta 0.9.
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
  const layerGap = options.layerGap ?? 180;
  const nodeSpacing = options.nodeSpacing ?? 70;
  const random = createSeededRandom(options.seed ?? 1);
  const previous =
    options.previous === undefined
      ? undefined
      : "positions" in options.previous
        ? options.previous.positions
        : options.previous;

  const kinds = new Map<string, ServiceGraphNodeKind | undefined>();
  for (const node of graph.nodes) if (!kinds.has(node.key)) kinds.set(node.key, node.kind);
  const keys = [...kinds.keys()].sort();
  const index = new Map(keys.map((key, i) => [key, i]));
  const n = keys.length;
  const out: number[][] = keys.map(() => []);
  const incoming: number[][] = keys.map(() => []);
  const pairs = new Set<string>();
  const linked: [number, number][] = [];
  const edges = graph.edges
    .map((e) => [index.get(e.source), index.get(e.target)] as const)
    .filter(
      (e): e is readonly [number, number] =>
        e[0] !== undefined && e[1] !== undefined && e[0] !== e[1],
    )
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [s, t] of edges) {
    const pair = `${s} ${t}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    out[s].push(t);
    incoming[t].push(s);
    linked.push([s, t]);
  }
  const depth = computeLayoutDepths(
    n,
    out,
    incoming,
    keys.map((k) => kinds.get(k) === "client"),
  );
  const links: SimLink[] = linked.map(([s, t]) => ({
    source: s,
    target: t,
    span: Math.max(1, Math.abs(depth[t] - depth[s])),
  }));

  const nodes = initialPositions(
    keys,
    depth,
    out,
    incoming,
    previous,
    layerGap,
    nodeSpacing,
    random,
  );
  const anchored = keys.map((k) => previous?.has(k) === true);
  const warm = previous !== undefined && anchored.some(Boolean);
  const ticks = Math.max(0, Math.floor(options.ticks ?? defaultTicks(n)));
  const alpha = warm ? 0.3 : 1;
  const alphaMin = 0.001;
  const simulation = forceSimulation<SimNode>(nodes)
    .stop()
    .randomSource(random)
    .alpha(alpha)
    .alphaMin(alphaMin)
    .alphaDecay(ticks === 0 ? 0 : 1 - Math.pow(alphaMin / alpha, 1 / ticks))
    .force(
      "link",
      forceLink<SimNode, SimLink>(links).distance((l) => layerGap * l.span),
    )
    .force(
      "charge",
      forceManyBody<SimNode>()
        .strength(-nodeSpacing * 4)
        .theta(options.theta ?? 0.9)
        .distanceMax(layerGap * 5),
    )
    .force("x", forceX<SimNode>((_, i) => depth[i] * layerGap).strength(0.3))
    .force("y", forceY<SimNode>(0).strength(0.01));
  if (warm) {
    const anchor = (i: number): LayoutPoint => previous!.get(keys[i])!;
    simulation
      .force(
        "anchorX",
        forceX<SimNode>((_, i) => (anchored[i] ? anchor(i).x : 0)).strength((_, i) =>
          anchored[i] ? anchorStrength : 0,
        ),
      )
      .force(
        "anchorY",
        forceY<SimNode>((_, i) => (anchored[i] ? anchor(i).y : 0)).strength((_, i) =>
          anchored[i] ? anchorStrength : 0,
        ),
      );
  }
  const plain = Math.round(ticks * (1 - collideShare));
  simulation.tick(plain);
  simulation.force("collide", forceCollide<SimNode>(nodeSpacing / 2)).tick(ticks - plain);

  const positions = new Map<string, LayoutPoint>();
  const depths = new Map<string, number>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const { x, y } = nodes[i];
    positions.set(keys[i], { x, y });
    depths.set(keys[i], depth[i]);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const bounds = n === 0 ? { minX: 0, minY: 0, maxX: 0, maxY: 0 } : { minX, minY, maxX, maxY };
  return { positions, depths, bounds, ticks };
}

/** Start positions: previous ones, else beside placed neighbours, else in layers by depth. */
function initialPositions(
  keys: readonly string[],
  depth: Int32Array,
  out: readonly (readonly number[])[],
  incoming: readonly (readonly number[])[],
  previous: ReadonlyMap<string, LayoutPoint> | undefined,
  layerGap: number,
  nodeSpacing: number,
  random: () => number,
): SimNode[] {
  const n = keys.length;
  const nodes: SimNode[] = new Array<SimNode>(n);
  const placed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = previous?.get(keys[i]);
    if (p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y)) {
      nodes[i] = { x: p.x, y: p.y };
      placed[i] = 1;
    }
  }
  const layers: number[][] = [];
  for (let i = 0; i < n; i++) (layers[depth[i]] ??= []).push(i);
  const rank = new Float64Array(n);
  for (const layer of layers) {
    if (layer === undefined) continue;
    const order = layer.map((i) => {
      let sum = 0;
      let count = 0;
      for (const from of incoming[i]) {
        if (depth[from] < depth[i]) {
          sum += rank[from];
          count++;
        }
      }
      return { i, bary: count === 0 ? Infinity : sum / count };
    });
    order.sort((a, b) => a.bary - b.bary || a.i - b.i);
    order.forEach(({ i }, r) => (rank[i] = r - (order.length - 1) / 2));
    for (const { i } of order) {
      if (placed[i] === 1) continue;
      const jitterX = (random() - 0.5) * nodeSpacing * 0.5;
      const jitterY = (random() - 0.5) * nodeSpacing * 0.5;
      let sx = 0;
      let sy = 0;
      let count = 0;
      if (previous !== undefined) {
        for (const j of [...incoming[i], ...out[i]]) {
          if (placed[j] === 1 && nodes[j] !== undefined) {
            sx += nodes[j].x;
            sy += nodes[j].y;
            count++;
          }
        }
      }
      nodes[i] =
        count > 0
          ? { x: sx / count + jitterX, y: sy / count + jitterY }
          : { x: depth[i] * layerGap + jitterX, y: rank[i] * nodeSpacing + jitterY };
    }
  }
  return nodes;
}
