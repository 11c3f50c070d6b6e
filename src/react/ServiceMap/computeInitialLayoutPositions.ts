import type { LayoutPoint } from "../../graph/layoutServiceGraph";

/** A simulation node (d3-force mutates x, y, vx, vy). */
export interface LayoutSimNode {
  x: number;
  y: number;
  vx?: number;
  vy?: number;
  index?: number;
}

/**
 * Start positions of the chunked layout, exactly as `layoutServiceGraph` places them (same
 * order of random draws, so the same seed gives the same layout): previous positions, else beside
 * placed neighbours, else in layers by depth ordered by the barycentre of their callers.
 */
export function computeInitialLayoutPositions(
  keys: readonly string[],
  depth: Int32Array,
  out: readonly (readonly number[])[],
  incoming: readonly (readonly number[])[],
  previous: ReadonlyMap<string, LayoutPoint> | undefined,
  layerGap: number,
  nodeSpacing: number,
  random: () => number,
): LayoutSimNode[] {
  const n = keys.length;
  const nodes: LayoutSimNode[] = new Array<LayoutSimNode>(n);
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
