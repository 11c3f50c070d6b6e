import type { ShownElements } from "./computeShownElements";
import type { ServiceMapModel } from "./createServiceMapModel";
import type { MapBounds } from "./MapTransform";

/**
 * The box around the shown nodes with room for their names (at least 50 units each side of a
 * node, and a radius below it); null when no node is shown.
 * @example computeFitTransform(computeShownBounds(model, shown)!, width, height)
 */
export function computeShownBounds(model: ServiceMapModel, shown: ShownElements): MapBounds | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of model.nodes) {
    if (shown.nodes !== null && !shown.nodes.has(n.key)) continue;
    const half = Math.max(n.r, 50);
    minX = Math.min(minX, n.x - half);
    minY = Math.min(minY, n.y - n.r);
    maxX = Math.max(maxX, n.x + half);
    maxY = Math.max(maxY, n.y + n.r * 2);
  }
  return minX === Infinity ? null : { minX, minY, maxX, maxY };
}
