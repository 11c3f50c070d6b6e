import type { Entity } from "../model/SegmentDocument";
import type { EntityStatus } from "../model/TraceNode";

/**
 * The console status of an entity from its flags: fault (5xx) > throttle (429) > error (4xx) >
 * pending (in progress, or no end time) > ok.
 * @example getEntityStatus({ id, name, start_time: 1, end_time: 2, throttle: true, error: true }) // "throttle"
 */
export function getEntityStatus(entity: Entity): EntityStatus {
  if (entity.fault === true) return "fault";
  if (entity.throttle === true) return "throttle";
  if (entity.error === true) return "error";
  if (entity.in_progress === true || typeof entity.end_time !== "number") return "pending";
  return "ok";
}
