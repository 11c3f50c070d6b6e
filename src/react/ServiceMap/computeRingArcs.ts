import { arc, pie, type PieArcDatum } from "d3-shape";
import { healthStatuses, type HealthCounts, type HealthStatus } from "./computeHealthCounts";

/** One coloured piece of a node's ring. */
export interface RingArc {
  readonly status: HealthStatus;
  /** Share of the node's requests, 0..1. */
  readonly share: number;
  /** SVG path, centred on the node. */
  readonly d: string;
}

interface Slice {
  readonly status: HealthStatus;
  readonly value: number;
}

const layout = pie<Slice>()
  .sort(null)
  .value((s) => s.value);

/**
 * The ring of a node as SVG arcs (d3-shape `pie` + `arc`): one arc per status with requests, in
 * the order OK, error, throttle, fault, clockwise from 12 o'clock, angles proportional to the
 * counts. No requests gives no arcs (the node draws a neutral ring instead).
 * @example computeRingArcs(computeHealthCounts(node.statistics), 20, 24)
 */
export function computeRingArcs(
  counts: HealthCounts,
  innerRadius: number,
  outerRadius: number,
): readonly RingArc[] {
  if (counts.total <= 0) return [];
  const slices = healthStatuses
    .map((status) => ({ status, value: counts[status] }))
    .filter((s) => s.value > 0);
  const shape = arc<PieArcDatum<Slice>>().innerRadius(innerRadius).outerRadius(outerRadius);
  return layout(slices).map((datum) => ({
    status: datum.data.status,
    share: datum.data.value / counts.total,
    d: shape(datum) ?? "",
  }));
}
