import type { MapTransform } from "./MapTransform";

/** The CSS move of the drawn layer: screen = s × drawn + (tx, ty), origin at the viewport's corner. */
export interface LayerDelta {
  readonly s: number;
  readonly tx: number;
  readonly ty: number;
}

/**
 * How the layer drawn at transform `drawn` must move to show transform `live`: during a gesture
 * the map applies this as a CSS transform instead of redrawing.
 * @example computeLayerDelta({ x: 10, y: 0, k: 2 }, { x: 0, y: 0, k: 1 }) // { s: 2, tx: 10, ty: 0 }
 */
export function computeLayerDelta(live: MapTransform, drawn: MapTransform): LayerDelta {
  const s = live.k / drawn.k;
  return { s, tx: live.x - s * drawn.x, ty: live.y - s * drawn.y };
}

/**
 * True when the drawn area (the viewport plus `margin` on each side, moved by `delta`) still covers
 * the viewport with `slack` pixels to spare on every side; false when a redraw would show content
 * that culling left out.
 * @example coversViewport({ s: 1, tx: 100, ty: 0 }, 800, 600, 200, 0) // true (100 of 200 px used)
 */
export function coversViewport(
  delta: LayerDelta,
  width: number,
  height: number,
  margin: number,
  slack = 0,
): boolean {
  const { s, tx, ty } = delta;
  return (
    tx - s * margin <= -slack &&
    tx + s * (width + margin) >= width + slack &&
    ty - s * margin <= -slack &&
    ty + s * (height + margin) >= height + slack
  );
}
