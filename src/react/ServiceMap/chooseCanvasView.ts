import { computeLayerDelta, coversViewport } from "./computeLayerDelta";
import type { MapTransform } from "./MapTransform";

/**
 * Where the canvas should be painted for a committed view: where it was painted before, while
 * the scale is the same and that painting (viewport plus `margin`) still covers the viewport with
 * a third of the margin to spare; else the committed view (a repaint). Painting thousands of lines
 * is the costly part of a redraw, so the canvas is repainted less often than the SVG.
 * @example chooseCanvasView(lastPainted, committed, 1200, 700, 600) === lastPainted // no repaint
 */
export function chooseCanvasView(
  painted: MapTransform | null,
  committed: MapTransform,
  width: number,
  height: number,
  margin: number,
): MapTransform {
  if (painted === null || painted.k !== committed.k) return committed;
  const delta = computeLayerDelta(committed, painted);
  return coversViewport(delta, width, height, margin, margin / 3) ? painted : committed;
}
