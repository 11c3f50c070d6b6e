import type { ServiceMapModel } from "./createServiceMapModel";
import type { ShownElements } from "./computeShownElements";
import type { MapTransform } from "./MapTransform";

/** The screen area to draw: the viewport plus a margin on every side. */
export interface CullViewport {
  /** Viewport size in screen pixels. */
  readonly width: number;
  readonly height: number;
  /** Extra screen pixels drawn around the viewport (default 0). */
  readonly margin?: number;
}

/** Keys of what to draw, in the model's order. */
export interface CulledElements {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/** Liang–Barsky: does the segment (x0,y0)–(x1,y1) meet the box? */
function segmentMeetsBox(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const p = [-dx, dx, -dy, dy];
  const q = [x0 - left, right - x0, y0 - top, bottom - y0];
  for (let i = 0; i < 4; i++) {
    if (p[i] === 0) {
      if (q[i] < 0) return false;
      continue;
    }
    const t = q[i] / p[i];
    if (p[i] < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return true;
}

/**
 * Off-screen culling, a pure function of the viewport and the positions: the shown nodes whose
 * circle overlaps the drawn area (viewport + margin, mapped to layout units through `transform`)
 * and the shown edges whose line crosses it (bent edges count with their bulge). O(nodes + edges),
 * no allocation per element beyond the result.
 * @example cullServiceMap(model, shown, { x: 0, y: 0, k: 0.5 }, { width: 800, height: 600, margin: 200 })
 */
export function cullServiceMap(
  model: ServiceMapModel,
  shown: ShownElements,
  transform: MapTransform,
  viewport: CullViewport,
): CulledElements {
  const margin = viewport.margin ?? 0;
  const k = transform.k > 0 ? transform.k : 1;
  const left = (-margin - transform.x) / k;
  const top = (-margin - transform.y) / k;
  const right = (viewport.width + margin - transform.x) / k;
  const bottom = (viewport.height + margin - transform.y) / k;
  const nodes: string[] = [];
  for (const n of model.nodes) {
    if (shown.nodes !== null && !shown.nodes.has(n.key)) continue;
    if (n.x + n.r >= left && n.x - n.r <= right && n.y + n.r >= top && n.y - n.r <= bottom)
      nodes.push(n.key);
  }
  const edges: string[] = [];
  for (const e of model.edges) {
    if (shown.edges !== null && !shown.edges.has(e.key)) continue;
    if (shown.nodes !== null && !(shown.nodes.has(e.source.key) && shown.nodes.has(e.target.key)))
      continue;
    const { x: x0, y: y0 } = e.source;
    const { x: x1, y: y1 } = e.target;
    const bulge = e.bent ? Math.hypot(x1 - x0, y1 - y0) * 0.15 : 0;
    if (
      Math.max(x0, x1) + bulge < left ||
      Math.min(x0, x1) - bulge > right ||
      Math.max(y0, y1) + bulge < top ||
      Math.min(y0, y1) - bulge > bottom
    )
      continue;
    if (bulge > 0 || segmentMeetsBox(x0, y0, x1, y1, left, top, right, bottom)) edges.push(e.key);
  }
  return { nodes, edges };
}
