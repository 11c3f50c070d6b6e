import { computeEdgeCurve, type EdgeEnd } from "./computeEdgeCurve";

/** An edge's SVG path and the point where its label goes. */
export interface EdgePath {
  readonly d: string;
  /** Middle of the drawn line (of the curve, for bent edges). */
  readonly midX: number;
  readonly midY: number;
}

const round = (v: number): number => Math.round(v * 10) / 10;

/**
 * The SVG path of an edge (`computeEdgeCurve`'s line): from the rim of its source circle to `gap`
 * units before the rim of its target, straight, or a quadratic curve when `bent` (two edges join
 * the same nodes), so the two edges of a pair bend apart.
 * @example computeEdgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 10 }, false) // { d: "M10,0L88,0", ... }
 */
export function computeEdgePath(
  source: EdgeEnd,
  target: EdgeEnd,
  bent: boolean,
  gap = 2,
): EdgePath {
  const { x0, y0, cx, cy, x1, y1 } = computeEdgeCurve(source, target, bent, gap);
  return {
    d: bent
      ? `M${round(x0)},${round(y0)}Q${round(cx)},${round(cy)} ${round(x1)},${round(y1)}`
      : `M${round(x0)},${round(y0)}L${round(x1)},${round(y1)}`,
    midX: 0.25 * x0 + 0.5 * cx + 0.25 * x1,
    midY: 0.25 * y0 + 0.5 * cy + 0.25 * y1,
  };
}
