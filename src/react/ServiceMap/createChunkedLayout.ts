import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
} from "d3-force";
import { computeLayoutDepths } from "../../graph/computeLayoutDepths";
import { createSeededRandom } from "../../graph/createSeededRandom";
import type {
  LayoutPoint,
  LayoutServiceGraphOptions,
  ServiceGraphLayout,
  ServiceGraphLayoutInput,
} from "../../graph/layoutServiceGraph";
import type { ServiceGraphNodeKind } from "../../model/ServiceGraph";
import { computeInitialLayoutPositions, type LayoutSimNode } from "./computeInitialLayoutPositions";

/** A layout computed a few ticks at a time (for a main thread without a Web Worker). */
export interface ChunkedLayout {
  /** Simulation ticks in all. */
  readonly total: number;
  /** Ticks run so far. */
  readonly done: () => number;
  /** Runs up to `ticks` more ticks; true when the layout is complete. */
  step(ticks: number): boolean;
  /** The layout once complete, else null. */
  result(): ServiceGraphLayout | null;
}

interface SimLink extends SimulationLinkDatum<LayoutSimNode> {
  readonly span: number;
}

const defaultTicks = (n: number): number =>
  n <= 300 ? 300 : Math.max(30, Math.round(300 * Math.pow(300 / n, 0.6)));
const collideShare = 0.4;
const anchorStrength = 0.5;

/**
 * `layoutServiceGraph`, steppable: the same simulation (same forces, seed, tick count and order of
 * random draws, so the same positions — a test holds the two equal), run in chunks so a caller
 * can yield to the browser between them and show progress.
 * @example
 * const task = createChunkedLayout(graph, { seed: 1 });
 * while (!task.step(10)) await nextFrame(); // task.done() / task.total is the progress
 */
export function createChunkedLayout(
  graph: ServiceGraphLayoutInput,
  options: LayoutServiceGraphOptions = {},
): ChunkedLayout {
  const layerGap = options.layerGap ?? 180;
  const nodeSpacing = options.nodeSpacing ?? 70;
  const random = createSeededRandom(options.seed ?? 1);
  const previous: ReadonlyMap<string, LayoutPoint> | undefined =
    options.previous === undefined
      ? undefined
      : "positions" in options.previous
        ? (options.previous.positions as ReadonlyMap<string, LayoutPoint>)
        : (options.previous as ReadonlyMap<string, LayoutPoint>);
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
  const isClient = keys.map((k) => kinds.get(k) === "client");
  const depth = computeLayoutDepths(n, out, incoming, isClient);
  const links: SimLink[] = linked.map(([s, t]) => ({
    source: s,
    target: t,
    span: Math.max(1, Math.abs(depth[t] - depth[s])),
  }));
  const nodes = computeInitialLayoutPositions(
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
  const simulation = forceSimulation<LayoutSimNode>(nodes)
    .stop()
    .randomSource(random)
    .alpha(alpha)
    .alphaMin(alphaMin)
    .alphaDecay(total === 0 ? 0 : 1 - Math.pow(alphaMin / alpha, 1 / total))
    .force(
      "link",
      forceLink<LayoutSimNode, SimLink>(links).distance((l) => layerGap * l.span),
    )
    .force(
      "charge",
      forceManyBody<LayoutSimNode>()
        .strength(-nodeSpacing * 4)
        .theta(options.theta ?? 0.9)
        .distanceMax(layerGap * 5),
    )
    .force("x", forceX<LayoutSimNode>((_, i) => depth[i] * layerGap).strength(0.3))
    .force("y", forceY<LayoutSimNode>(0).strength(0.01));
  if (warm) {
    const anchor = (i: number): LayoutPoint => previous!.get(keys[i])!;
    simulation
      .force(
        "anchorX",
        forceX<LayoutSimNode>((_, i) => (anchored[i] ? anchor(i).x : 0)).strength((_, i) =>
          anchored[i] ? anchorStrength : 0,
        ),
      )
      .force(
        "anchorY",
        forceY<LayoutSimNode>((_, i) => (anchored[i] ? anchor(i).y : 0)).strength((_, i) =>
          anchored[i] ? anchorStrength : 0,
        ),
      );
  }
  const plain = Math.round(total * (1 - collideShare));
  let done = 0;
  let layout: ServiceGraphLayout | null = null;

  const finish = (): ServiceGraphLayout => {
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
    return { positions, depths, bounds, ticks: total };
  };

  return {
    total,
    done: () => done,
    step: (ticks) => {
      if (layout !== null) return true;
      let budget = Math.max(1, Math.floor(ticks));
      while (budget > 0 && done < total) {
        // Collision joins for the last ticks, exactly where layoutServiceGraph adds it.
        if (done === plain)
          simulation.force("collide", forceCollide<LayoutSimNode>(nodeSpacing / 2));
        const run = Math.min(budget, done < plain ? plain - done : total - done);
        simulation.tick(run);
        done += run;
        budget -= run;
      }
      if (done >= total) {
        layout = finish();
        return true;
      }
      return false;
    },
    result: () => layout,
  };
}
