import type { EdgeHitIndex } from "./createEdgeHitIndex";
import type { MapTransform } from "./MapTransform";

/**
 * The indexed edge under a screen point (relative to the viewport) at `transform`: the edge whose
 * drawn line passes nearest the point, within `tolerance` screen pixels (default 4, so the reach
 * in layout units is `tolerance / k` and follows the zoom); null for none. Used where edges are
 * painted on the canvas, which has no elements to hit.
 * @example findEdgeAt(createEdgeHitIndex(model.edges), { x: 0, y: 0, k: 0.1 }, 300, 120) // a key or null
 */
export function findEdgeAt(
  index: EdgeHitIndex,
  transform: MapTransform,
  screenX: number,
  screenY: number,
  tolerance = 4,
): string | null {
  const k = transform.k > 0 ? transform.k : 1;
  const hit = index.nearest(
    (screenX - transform.x) / k,
    (screenY - transform.y) / k,
    tolerance / k,
  );
  return hit === null ? null : hit.key;
}
