import type { Segment, Subsegment } from "../model/SegmentDocument";
import { inferDownstreamService } from "./inferDownstreamService";

/**
 * The inferred segment of a downstream call (xray-model.md §2.2): a new object with `id`,
 * `inferred: true`, `parent_id` = the subsegment's id, the subsegment's times, `http`, `aws` and
 * error/throttle/fault flags (so the node shows the call's status), named and typed by
 * `inferDownstreamService`. The subsegment's `cause` is not copied (its exception ids stay unique).
 */
export function createInferredSegment(
  subsegment: Subsegment,
  id: string,
  traceId: string,
): Segment {
  const { name, origin } = inferDownstreamService(subsegment);
  const segment: Record<string, unknown> = {
    id,
    name,
    start_time: subsegment.start_time,
  };
  if (subsegment.end_time !== undefined) segment.end_time = subsegment.end_time;
  if (subsegment.in_progress === true) segment.in_progress = true;
  segment.parent_id = subsegment.id;
  segment.inferred = true;
  if (subsegment.http !== undefined) segment.http = subsegment.http;
  if (subsegment.aws !== undefined) segment.aws = subsegment.aws;
  if (subsegment.error === true) segment.error = true;
  if (subsegment.throttle === true) segment.throttle = true;
  if (subsegment.fault === true) segment.fault = true;
  segment.trace_id = traceId;
  if (origin !== undefined) segment.origin = origin;
  return segment as Segment;
}
