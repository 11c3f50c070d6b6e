import type { LayoutPoint } from "./layoutServiceGraph";

/**
 * Start positions of the layout simulation (internal): a node's previous position, else beside
 * its placed neighbours (warm start), else in its layer (x = depth × layerGap) ordered by the
 * barycentre of its callers, each with a small seeded jitter. Draws from `random` in a fixed
 * order, so a seed gives the same start. Returns fresh objects for d3 to mutate.
 *
 * @param keys node keys in layout order
 * @param depth layer of each node (`computeLayoutDepths`)
 * @param out outgoing neighbour indices per node
 * @param incoming incoming neighbour indices per node
 */
export function computeLayoutStart(
  keys: readonly string[],
  depth: Int32Array,
  out: readonly (readonly number[])[],
  incoming: readonly (readonly number[])[],
  previous: ReadonlyMap<string, LayoutPoint> | undefined,
  layerGap: number,
  nodeSpacing: number,
  random: () => number,
): { x: number; y: number }[] {
  const n = keys.length;
  const nodes = new Array<{ x: number; y: number }>(n);
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
