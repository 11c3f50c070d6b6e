/** A circle in layout units. */
export interface EdgeEnd {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/**
 * An edge's drawn line as a quadratic Bézier curve in layout units: from (x0, y0) to (x1, y1)
 * with control point (cx, cy). A straight edge has its control point at the middle, so the curve
 * is the segment itself.
 */
export interface EdgeCurve {
  readonly x0: number;
  readonly y0: number;
  readonly cx: number;
  readonly cy: number;
  readonly x1: number;
  readonly y1: number;
  readonly bent: boolean;
}

/** Share of the edge's length that a bent edge bulges sideways. */
export const EDGE_BEND = 0.15;

/**
 * The line of an edge from the rim of its source circle to `gap` units (default 2) before the
 * rim of its target (the arrowhead fills the gap): straight, or, when `bent` (two edges join the
 * same nodes), a quadratic curve bulging to the left of the direction of travel. The SVG path,
 * the canvas painting and the pointer hit-testing all use this one geometry.
 * @example computeEdgeCurve({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 10 }, false) // x0 10, x1 88
 */
export function computeEdgeCurve(
  source: EdgeEnd,
  target: EdgeEnd,
  bent: boolean,
  gap = 2,
): EdgeCurve {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  if (!bent) {
    const ux = dx / length;
    const uy = dy / length;
    const x0 = source.x + ux * source.r;
    const y0 = source.y + uy * source.r;
    const x1 = target.x - ux * (target.r + gap);
    const y1 = target.y - uy * (target.r + gap);
    return { x0, y0, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, x1, y1, bent: false };
  }
  // Control point: the midpoint moved sideways (left of travel in screen coordinates, y down).
  const cx = (source.x + target.x) / 2 + dy * EDGE_BEND;
  const cy = (source.y + target.y) / 2 - dx * EDGE_BEND;
  const toward = (from: EdgeEnd, r: number): [number, number] => {
    const ex = cx - from.x;
    const ey = cy - from.y;
    const l = Math.hypot(ex, ey) || 1;
    return [from.x + (ex / l) * r, from.y + (ey / l) * r];
  };
  const [x0, y0] = toward(source, source.r);
  const [x1, y1] = toward(target, target.r + gap);
  return { x0, y0, cx, cy, x1, y1, bent: true };
}
