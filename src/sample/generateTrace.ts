import type { SegmentDocument } from "../model/index";
import type { RequestPlan } from "./RequestPlan";
import { createIdSource, createTraceId } from "./createIdSource";
import { createRandom } from "./createRandom";
import { renderTrace } from "./renderTrace";
import { simulateRequest } from "./simulateRequest";

/**
 * The documents of one trace: `plan` simulated from `startMicros` (epoch microseconds) with a
 * random stream seeded by `seed`, rendered in arrival order.
 */
export function generateTrace(
  plan: RequestPlan,
  startMicros: number,
  seed: number,
): SegmentDocument[] {
  const random = createRandom(seed);
  const ctx = {
    random,
    ids: createIdSource(random),
    traceId: createTraceId(startMicros / 1e6, random),
  };
  return renderTrace(simulateRequest(ctx, plan, startMicros), random);
}
