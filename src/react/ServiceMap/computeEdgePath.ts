/** A circle in layout units. */
export interface EdgeEnd {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** An edge's SVG path and the point where its label goes. */
export interface EdgePath {
  readonly d: string;
  /** Middle of the drawn line (of the curve, for bent edges). */
  readonly midX: number;
  readonly midY: number;
}

/** Share of the edge's length that a bent edge bulges sideways. */
const BEND = 0.15;
const round = (v: number): number => Math.round(v * 10) / 10;

/**
 * The path of an edge from the rim of its source circle to `gap` units before the rim of its
 * target (the arrowhead fills the gap): a straight line, or, when `bent` (two edges join the same
 * nodes), a quadratic curve bulging to the left of the direction of travel, so the two edges of a
 * pair bend apart.
 * @example computeEdgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 10 }, false) // { d: "M10,0L88,0", ... }
 */
export function computeEdgePath(
  source: EdgeEnd,
  target: EdgeEnd,
  bent: boolean,
  gap = 2,
): EdgePath {
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
    return {
      d: `M${round(x0)},${round(y0)}L${round(x1)},${round(y1)}`,
      midX: (x0 + x1) / 2,
      midY: (y0 + y1) / 2,
    };
  }
  // Control point: the midpoint moved sideways (left of travel in screen coordinates, y down).
  const cx = (source.x + target.x) / 2 + (dy / length) * length * BEND;
  const cy = (source.y + target.y) / 2 - (dx / length) * length * BEND;
  const toward = (from: EdgeEnd, r: number): [number, number] => {
    const ex = cx - from.x;
    const ey = cy - from.y;
    const l = Math.hypot(ex, ey) || 1;
    return [from.x + (ex / l) * r, from.y + (ey / l) * r];
  };
  const [x0, y0] = toward(source, source.r);
  const [x1, y1] = toward(target, target.r + gap);
  return {
    d: `M${round(x0)},${round(y0)}Q${round(cx)},${round(cy)} ${round(x1)},${round(y1)}`,
    midX: 0.25 * x0 + 0.5 * cx + 0.25 * x1,
    midY: 0.25 * y0 + 0.5 * cy + 0.25 * y1,
  };
}
