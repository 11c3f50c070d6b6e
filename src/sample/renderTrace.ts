import type { SegmentDocument } from "../model/index";
import type { Random } from "./createRandom";
import type { DraftEntity, DraftTrace } from "./DraftEntity";
import { toEpochSeconds } from "./toEpochSeconds";

const FLAGS_AND_CAUSE = new Set(["error", "throttle", "fault", "cause"]);

/** The JSON object of one entity; an in-progress entity has no end, response, flags or cause. */
function entityObject(
  entity: DraftEntity,
  inProgress: boolean,
  head: Record<string, unknown>,
): Record<string, unknown> {
  const obj: Record<string, unknown> = head;
  obj.name = entity.name;
  obj.start_time = toEpochSeconds(entity.start);
  if (inProgress) obj.in_progress = true;
  else obj.end_time = toEpochSeconds(entity.end);
  for (const key of Object.keys(entity.fields)) {
    const value = entity.fields[key];
    if (inProgress && FLAGS_AND_CAUSE.has(key)) continue;
    if (inProgress && key === "http") {
      const request = (value as { request?: unknown }).request;
      if (request !== undefined) obj.http = { request };
      continue;
    }
    obj[key] = value;
  }
  return obj;
}

interface Sent {
  readonly document: Record<string, unknown>;
  /** Epoch microseconds at which the document reached X-Ray. */
  readonly arrival: number;
}

/**
 * Turns a simulated trace into the segment documents X-Ray would receive, in arrival order:
 * each segment when it ends, independent subsegments (`type: "subsegment"`) when they end (so
 * often before their parent), early in-progress copies when their segment starts, nothing for
 * missing segments, and for a captured trace (`cutoff`) in-progress documents for whatever was
 * still running. Neighbouring documents are sometimes swapped, as the network does.
 */
export function renderTrace(draft: DraftTrace, random: Random): SegmentDocument[] {
  const cutoff = draft.cutoff ?? Number.POSITIVE_INFINITY;
  const traceId = draft.traceId;
  const sent: Sent[] = [];
  for (const segment of draft.segments) {
    if (segment.start > cutoff) continue;
    const head: Record<string, unknown> = { trace_id: traceId, id: segment.id };
    if (segment.parentId !== undefined) head.parent_id = segment.parentId;
    const root = entityObject(segment, segment.end > cutoff, head);
    if (!draft.missing.has(segment.id)) {
      sent.push({ document: root, arrival: Math.min(segment.end, cutoff) });
      if (draft.earlyInProgress.has(segment.id) && segment.end <= cutoff) {
        const early = entityObject(segment, true, {
          trace_id: traceId,
          id: segment.id,
          ...(segment.parentId !== undefined ? { parent_id: segment.parentId } : {}),
        });
        sent.push({ document: early, arrival: segment.start });
      }
    }
    const stack: [DraftEntity, Record<string, unknown>, string][] = [];
    for (let i = segment.children.length - 1; i >= 0; i--) {
      stack.push([segment.children[i], root, segment.id]);
    }
    while (stack.length > 0) {
      const [entity, parent, parentId] = stack.pop()!;
      if (entity.start > cutoff) continue;
      const inProgress = entity.end > cutoff;
      let obj: Record<string, unknown>;
      if (entity.independent) {
        obj = entityObject(entity, inProgress, {
          trace_id: traceId,
          id: entity.id,
          parent_id: parentId,
          type: "subsegment",
        });
        sent.push({ document: obj, arrival: Math.min(entity.end, cutoff) });
      } else {
        obj = entityObject(entity, inProgress, { id: entity.id });
        const siblings = (parent.subsegments as Record<string, unknown>[] | undefined) ?? [];
        if (siblings.length === 0) parent.subsegments = siblings;
        siblings.push(obj);
      }
      for (let i = entity.children.length - 1; i >= 0; i--) {
        stack.push([entity.children[i], obj, entity.id]);
      }
    }
  }
  sent.sort((a, b) => a.arrival - b.arrival);
  for (let i = 0; i + 1 < sent.length; i++) {
    if (random.chance(0.15)) [sent[i], sent[i + 1]] = [sent[i + 1], sent[i]];
  }
  return sent.map((s) => s.document as unknown as SegmentDocument);
}
