/**
 * How much a node shows at the current zoom: "full" (ring, centre metrics, type badge, name),
 * "medium" (ring and name), "low" (ring only; names only for nodes the user
 * points at, selects, focuses or finds).
 */
export type MapDetail = "full" | "medium" | "low";

/**
 * The level of detail for nodes of radius `radius` (layout units) at scale `k`: full when a
 * node's radius is at least 22 screen pixels (its centre text is then about 9 px), medium from
 * 10, low below.
 * @example chooseMapDetail(24, 0.3) // "low"
 */
export function chooseMapDetail(radius: number, k: number): MapDetail {
  const screen = radius * k;
  if (screen >= 22) return "full";
  if (screen >= 10) return "medium";
  return "low";
}
