import type { ShownElements } from "./computeShownElements";
import type { ServiceMapModel } from "./createServiceMapModel";
import type { MapTransform } from "./MapTransform";

/**
 * The shown node under a screen point (relative to the viewport) at `transform`: the nearest node
 * whose circle, widened by `tolerance` screen pixels, holds the point; null for none. Used where
 * nodes are painted on the canvas (low detail), which has no elements to hit.
 * @example findNodeAt(model, shown, { x: 0, y: 0, k: 1 }, 105, 40) // a node key or null
 */
export function findNodeAt(
  model: ServiceMapModel,
  shown: ShownElements,
  transform: MapTransform,
  screenX: number,
  screenY: number,
  tolerance = 3,
): string | null {
  const x = (screenX - transform.x) / transform.k;
  const y = (screenY - transform.y) / transform.k;
  const slack = tolerance / transform.k;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const n of model.nodes) {
    if (shown.nodes !== null && !shown.nodes.has(n.key)) continue;
    const d = Math.hypot(n.x - x, n.y - y);
    if (d <= n.r + slack && d < bestDistance) {
      bestDistance = d;
      best = n.key;
    }
  }
  return best;
}
