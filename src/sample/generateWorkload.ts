import type { SegmentDocument } from "../model/index";
import type { WorkloadOptions } from "./WorkloadOptions";
import { createRandom, deriveSeed } from "./createRandom";
import { generateTrace } from "./generateTrace";
import { planRequest } from "./planRequest";
import type { ResolvedWorkloadOptions } from "./WorkloadOptions";
import { resolveWorkloadOptions } from "./WorkloadOptions";

/**
 * Streams the segment documents of a simulated storefront (API Gateway → ECS web service → S3,
 * DynamoDB, SNS, an HTTP API, and an asynchronous Lambda), one trace after another, each trace's
 * documents in arrival order. Deterministic: the same options give the same documents. Defaults:
 * 100 traces, seed 1, from epoch 1700000000 over 3600 s (see WorkloadOptions for the rates).
 * Only one trace is held at a time, so a million documents need not be in memory. Invalid options
 * throw a RangeError at the call (programmer error).
 * @example
 * for (const doc of generateWorkload({ traces: 1000, seed: 7, faultRate: 0.1 })) send(doc);
 */
export function generateWorkload(options: WorkloadOptions = {}): Generator<SegmentDocument> {
  return streamWorkload(resolveWorkloadOptions(options));
}

function* streamWorkload(resolved: ResolvedWorkloadOptions): Generator<SegmentDocument> {
  const slot = (resolved.timeRange * 1e6) / Math.max(1, resolved.traces);
  const origin = Math.round(resolved.startTime * 1e6);
  for (let i = 0; i < resolved.traces; i++) {
    const random = createRandom(deriveSeed(resolved.seed, 1, i));
    const start = origin + Math.floor(slot * (i + random.next()));
    const plan = planRequest(random, resolved);
    yield* generateTrace(plan, start, deriveSeed(resolved.seed, 2, i));
  }
}
