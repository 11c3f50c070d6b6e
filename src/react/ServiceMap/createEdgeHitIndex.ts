import { computeEdgeCurve, type EdgeEnd } from "./computeEdgeCurve";

/** What the index needs of an edge (a `ServiceMapEdgeView` is one). */
export interface EdgeHitInput {
  readonly key: string;
  readonly source: EdgeEnd;
  readonly target: EdgeEnd;
  readonly bent: boolean;
}

/** The edge nearest a point, and its distance (layout units). */
export interface EdgeHit {
  readonly key: string;
  readonly distance: number;
}

/** A spatial index of edge lines for pointer hit-testing (see `createEdgeHitIndex`). */
export interface EdgeHitIndex {
  /** Number of edges indexed. */
  readonly size: number;
  /**
   * The edge whose line passes nearest (x, y), if within `radius` (layout units); null for none.
   * Looks only at the grid cells within `radius` of the point. Ties go to the earlier edge.
   */
  nearest(x: number, y: number, radius: number): EdgeHit | null;
}

/** Straight pieces a bent edge's curve is split into (off the true curve by < 0.1 % of its length). */
export const CURVE_PIECES = 8;
/** Most grid cells along the longer side of the indexed area. */
const MAX_CELLS_PER_SIDE = 1024;

/** Appends the straight pieces of an edge's drawn line (`computeEdgeCurve`) to `out`. */
function pushPieces(edge: EdgeHitInput, out: number[]): void {
  const c = computeEdgeCurve(edge.source, edge.target, edge.bent);
  if (!c.bent) {
    out.push(c.x0, c.y0, c.x1, c.y1);
    return;
  }
  let px = c.x0;
  let py = c.y0;
  for (let i = 1; i <= CURVE_PIECES; i++) {
    const t = i / CURVE_PIECES;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const d = t * t;
    const x = a * c.x0 + b * c.cx + d * c.x1;
    const y = a * c.y0 + b * c.cy + d * c.y1;
    out.push(px, py, x, y);
    px = x;
    py = y;
  }
}

/** Squared distance from (x, y) to the segment (x0, y0)–(x1, y1). */
function segmentDistance2(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const l2 = dx * dx + dy * dy;
  let t = l2 > 0 ? ((x - x0) * dx + (y - y0) * dy) / l2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = x0 + t * dx - x;
  const ey = y0 + t * dy - y;
  return ex * ex + ey * ey;
}

/**
 * Indexes the drawn lines of `edges` (`computeEdgeCurve`: straight lines, and bent edges' curves
 * as short straight pieces) in a uniform grid: each segment is listed in every cell its length
 * crosses, so a pointer query reads only the few cells around the pointer, never every edge.
 * Built in O(segments + total line length / cell size); the input is not kept or changed.
 * @example
 * const index = createEdgeHitIndex(model.edges);
 * index.nearest(120, 40, 4 / transform.k)?.key; // the edge within 4 screen pixels, if any
 */
export function createEdgeHitIndex(edges: readonly EdgeHitInput[]): EdgeHitIndex {
  const keys = edges.map((e) => e.key);
  const coords: number[] = [];
  const owners: number[] = [];
  for (let i = 0; i < edges.length; i++) {
    const before = coords.length;
    pushPieces(edges[i], coords);
    for (let j = before; j < coords.length; j += 4) owners.push(i);
  }
  const segments = Float64Array.from(coords);
  const owner = Int32Array.from(owners);
  const count = owner.length;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let s = 0; s < count; s++) {
    const o = 4 * s;
    const [x0, y0, x1, y1] = [segments[o], segments[o + 1], segments[o + 2], segments[o + 3]];
    minX = Math.min(minX, x0, x1);
    maxX = Math.max(maxX, x0, x1);
    minY = Math.min(minY, y0, y1);
    maxY = Math.max(maxY, y0, y1);
  }
  if (count === 0 || !Number.isFinite(minX + minY + maxX + maxY)) {
    return { size: 0, nearest: () => null };
  }
  const w = maxX - minX;
  const h = maxY - minY;
  // About one cell per segment (a few segments listed per cell); at most 1024 cells a side.
  const cell = Math.max(
    Math.sqrt((w * h) / count),
    Math.max(w, h) / MAX_CELLS_PER_SIDE,
    Number.EPSILON * Math.max(1, Math.abs(minX), Math.abs(minY), Math.abs(maxX), Math.abs(maxY)),
  );
  const cols = Math.floor(w / cell) + 1;
  const rows = Math.floor(h / cell) + 1;
  const colOf = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - minX) / cell)));
  const rowOf = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / cell)));
  const cells = new Map<number, number[]>();
  const add = (c: number, r: number, s: number) => {
    const at = r * cols + c;
    const list = cells.get(at);
    if (list === undefined) cells.set(at, [s]);
    else if (list[list.length - 1] !== s) list.push(s);
  };
  for (let s = 0; s < count; s++) {
    const o = 4 * s;
    const [x0, y0, x1, y1] = [segments[o], segments[o + 1], segments[o + 2], segments[o + 3]];
    // Pieces no longer than a cell: each piece's box covers at most 2 × 2 cells.
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / cell));
    for (let i = 0; i < steps; i++) {
      const ax = x0 + ((x1 - x0) * i) / steps;
      const ay = y0 + ((y1 - y0) * i) / steps;
      const bx = x0 + ((x1 - x0) * (i + 1)) / steps;
      const by = y0 + ((y1 - y0) * (i + 1)) / steps;
      const c1 = colOf(Math.max(ax, bx));
      const r1 = rowOf(Math.max(ay, by));
      for (let r = rowOf(Math.min(ay, by)); r <= r1; r++)
        for (let c = colOf(Math.min(ax, bx)); c <= c1; c++) add(c, r, s);
    }
  }
  // Visit stamps: a segment listed in several cells is measured once per query.
  const seen = new Uint32Array(count);
  let stamp = 0;
  return {
    size: edges.length,
    nearest(x, y, radius) {
      if (!(radius >= 0) || !Number.isFinite(x) || !Number.isFinite(y)) return null;
      if (x + radius < minX || x - radius > maxX || y + radius < minY || y - radius > maxY)
        return null;
      stamp = stamp === 0xffffffff ? 1 : stamp + 1;
      if (stamp === 1) seen.fill(0);
      const limit = radius * radius;
      let best = -1;
      let bestD2 = Infinity;
      const c1 = colOf(x + radius);
      const r1 = rowOf(y + radius);
      for (let r = rowOf(y - radius); r <= r1; r++) {
        for (let c = colOf(x - radius); c <= c1; c++) {
          const list = cells.get(r * cols + c);
          if (list === undefined) continue;
          for (const s of list) {
            if (seen[s] === stamp) continue;
            seen[s] = stamp;
            const o = 4 * s;
            const d2 = segmentDistance2(
              x,
              y,
              segments[o],
              segments[o + 1],
              segments[o + 2],
              segments[o + 3],
            );
            if (d2 > limit) continue;
            const e = owner[s];
            if (d2 < bestD2 || (d2 === bestD2 && e < best)) {
              bestD2 = d2;
              best = e;
            }
          }
        }
      }
      return best < 0 ? null : { key: keys[best], distance: Math.sqrt(bestD2) };
    },
  };
}
