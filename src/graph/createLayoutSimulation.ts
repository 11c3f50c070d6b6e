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
import { computeLayoutStart } from "./computeLayoutStart";
import { createSeededRandom } from "./createSeededRandom";
import { toPreviousPositions } from "./toPreviousPositions";
import type {
  LayoutPoint,
  LayoutServiceGraphOptions,
  ServiceGraphLayout,
  ServiceGraphLayoutInput,
} from "./layoutServiceGraph";

/** The service-graph layout as a stateful simulation that runs a few ticks at a time. */
export interface LayoutSimulation {
  /** Simulation ticks in all (the `ticks` option, or its default for the graph's size). */
  readonly total: number;
  /** Ticks run so far. */
  readonly ticksRun: number;
  /** Share of the ticks run, 0..1 (1 when there are none to run). */
  readonly progress: number;
  /** True once every tick has run. */
  readonly done: boolean;
  /** Runs up to `count` more ticks (default: all that are left; never past `total`); returns `done`. */
  tick(count?: number): boolean;
  /**
   * The layout as it stands: the positions so far (and `ticks` = ticks run) while running, the
   * final layout once done (the same object on every later call).
   */
  layout(): ServiceGraphLayout;
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

/** Node keys in order, their distinct call edges (by index) and their layers. */
function indexGraph(graph: ServiceGraphLayoutInput) {
  const kinds = new Map<string, ServiceGraphNodeKind | undefined>();
  for (const node of graph.nodes) if (!kinds.has(node.key)) kinds.set(node.key, node.kind);
  const keys = [...kinds.keys()].sort();
  const index = new Map(keys.map((key, i) => [key, i]));
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
  const isClient = keys.map((k) => kinds.get(k) === "client");
  const depth = computeLayoutDepths(keys.length, out, incoming, isClient);
  return { keys, out, incoming, linked, depth };
}

/**
 * Creates the d3-force simulation behind `layoutServiceGraph`, steppable: call `tick(n)` until it
 * returns true (yielding to the browser between calls, showing `progress`), then `layout()`. Any
 * split of the ticks gives exactly `layoutServiceGraph`'s positions (same forces, seed and order of
 * random draws). Headless; d3 gets copies, never the graph's objects. Options and defaults are
 * `layoutServiceGraph`'s (seed 1, layerGap 180, nodeSpacing 70, theta 0.9).
 *
 * @example
 * const simulation = createLayoutSimulation(graph, { seed: 1 });
 * while (!simulation.tick(10)) await nextFrame(); // simulation.progress: 0..1
 * const layout = simulation.layout();
 */
export function createLayoutSimulation(
  graph: ServiceGraphLayoutInput,
  options: LayoutServiceGraphOptions = {},
): LayoutSimulation {
  const layerGap = options.layerGap ?? 180;
  const nodeSpacing = options.nodeSpacing ?? 70;
  const random = createSeededRandom(options.seed ?? 1);
  const previous = toPreviousPositions(options.previous);
  const { keys, out, incoming, linked, depth } = indexGraph(graph);
  const n = keys.length;
  const links: SimLink[] = linked.map(([s, t]) => ({
    source: s,
    target: t,
    span: Math.max(1, Math.abs(depth[t] - depth[s])),
  }));
  const nodes: SimNode[] = computeLayoutStart(
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
  const total = Math.max(0, Math.floor(options.ticks ?? defaultTicks(n)));
  const alpha = warm ? 0.3 : 1;
  const alphaMin = 0.001;
  const simulation = forceSimulation<SimNode>(nodes)
    .stop()
    .randomSource(random)
    .alpha(alpha)
    .alphaMin(alphaMin)
    .alphaDecay(total === 0 ? 0 : 1 - Math.pow(alphaMin / alpha, 1 / total))
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
  // Collision joins for the last ticks only.
  const plain = Math.round(total * (1 - collideShare));
  let ran = 0;
  let final: ServiceGraphLayout | null = null;

  const snapshot = (): ServiceGraphLayout => {
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
    return { positions, depths, bounds, ticks: ran };
  };

  return {
    total,
    get ticksRun() {
      return ran;
    },
    get progress() {
      return total === 0 ? 1 : ran / total;
    },
    get done() {
      return ran >= total;
    },
    tick(count = total - ran) {
      let budget = Math.min(Math.max(0, Math.floor(count)), total - ran);
      while (budget > 0) {
        if (ran === plain) simulation.force("collide", forceCollide<SimNode>(nodeSpacing / 2));
        const run = Math.min(budget, ran < plain ? plain - ran : total - ran);
        simulation.tick(run);
        ran += run;
        budget -= run;
      }
      return ran >= total;
    },
    layout() {
      if (ran < total) return snapshot();
      final ??= snapshot();
      return final;
    },
  };
}
