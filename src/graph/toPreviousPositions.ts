import type { LayoutPoint, ServiceGraphLayout } from "./layoutServiceGraph";

/**
 * The positions of the `previous` layout option (internal): a layout's positions map, or the
 * map given, or undefined for a cold start.
 */
export function toPreviousPositions(
  previous: ReadonlyMap<string, LayoutPoint> | ServiceGraphLayout | undefined,
): ReadonlyMap<string, LayoutPoint> | undefined {
  if (previous === undefined) return undefined;
  return "positions" in previous ? previous.positions : previous;
}
