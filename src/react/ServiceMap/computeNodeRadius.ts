/** How nodes are sized: all alike, by impacted requests (health), or by requests (traffic). */
export type ServiceMapSizing = "none" | "health" | "traffic";

/** Radius bounds of the sizing modes, in layout units. */
export interface NodeRadiusRange {
  /** Radius of every node with sizing "none", and of the smallest sized node (default 24). */
  readonly min: number;
  /** Radius of the largest sized node (default 44). */
  readonly max: number;
}

export const defaultNodeRadius: NodeRadiusRange = { min: 24, max: 44 };

/**
 * A sizing function for one graph: "none" gives every node `min`; "health" and "traffic" scale
 * the area with the value (radius ∝ √value) from `min` at 0 to `max` at the graph's largest value
 * (X-Ray's health sizing counts impacted requests, traffic counts all requests).
 * @example const radius = createNodeRadius("traffic", maxRequests); radius(node.requests)
 */
export function createNodeRadius(
  sizing: ServiceMapSizing,
  maxValue: number,
  range: NodeRadiusRange = defaultNodeRadius,
): (value: number) => number {
  const { min, max } = range;
  if (sizing === "none" || !(maxValue > 0)) return () => min;
  const root = Math.sqrt(maxValue);
  return (value) => {
    const v = Number.isFinite(value) && value > 0 ? Math.min(value, maxValue) : 0;
    return min + ((max - min) * Math.sqrt(v)) / root;
  };
}
