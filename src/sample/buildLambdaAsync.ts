import type { DraftEntity, DraftSegment } from "./DraftEntity";
import type { RequestPlan } from "./RequestPlan";
import type { TraceContext } from "./TraceContext";
import { buildLambdaFunction } from "./buildLambdaFunction";
import { createDraft } from "./DraftEntity";
import { SAMPLE_APPLICATION } from "./sampleApplication";

const fn = SAMPLE_APPLICATION.lambda;
const ms = 1000;

function clampMicros(seconds: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, seconds)) * 1e6);
}

/**
 * Builds what an asynchronous Lambda invocation records after the caller's `Invoke` subsegment:
 * the `AWS::Lambda` service segment (parent = the Invoke subsegment) with `Dwell Time` and one
 * `Attempt` per try, and per attempt an `AWS::Lambda::Function` segment (parent = the service
 * segment). A failed attempt is retried after a delay, as Lambda does (at most two retries).
 */
export function buildLambdaAsync(
  ctx: TraceContext,
  plan: RequestPlan,
  invoke: DraftEntity,
): DraftSegment[] {
  const r = ctx.random;
  const receipt =
    invoke.start + Math.max(1, Math.round((invoke.end - invoke.start) * r.between(0.1, 0.4)));
  const service: DraftSegment = {
    ...createDraft(ctx.ids.nextId(), fn.name, receipt, receipt, {
      origin: "AWS::Lambda",
      resource_arn: fn.arn,
      http: { response: { status: 202 } },
      aws: { request_id: (invoke.fields.aws as { request_id: string }).request_id },
    }),
    parentId: invoke.id,
  };
  const dwellEnd = receipt + clampMicros(r.logNormal(0.025, 1), 0.001, 5);
  service.children.push(createDraft(ctx.ids.nextId(), "Dwell Time", receipt, dwellEnd));

  const segments: DraftSegment[] = [service];
  let t = dwellEnd;
  for (let attempt = 0; attempt <= plan.lambdaFailures; attempt++) {
    const failing = attempt < plan.lambdaFailures;
    const cold = attempt === 0 ? plan.coldStart : r.chance(0.1);
    const attemptStart = t;
    const init = cold ? clampMicros(r.logNormal(0.35, 0.5), 0.05, 8) : 0;
    const functionStart =
      attemptStart +
      Math.round(r.between(0.4, 2.5) * ms) +
      (cold ? init + Math.round(r.between(0.3, 1.5) * ms) : 0);
    const timeout = failing && plan.lambdaFailure === "timeout";
    const invocation = timeout ? fn.timeout * 1e6 : clampMicros(r.logNormal(0.18, 0.8), 0.005, 9.5);
    const overhead = clampMicros(r.logNormal(0.0008, 0.6), 0.0001, 0.05);
    const functionSegment = buildLambdaFunction(ctx, {
      parentId: service.id,
      start: functionStart,
      invocationEnd: functionStart + invocation,
      end: functionStart + invocation + overhead,
      initialization: cold
        ? [attemptStart + Math.round(r.between(0.2, 0.6) * ms), attemptStart + init]
        : undefined,
      failure: failing ? plan.lambdaFailure : undefined,
    });
    const attemptEnd = functionSegment.end + Math.round(r.between(0.2, 1.2) * ms);
    service.children.push(
      createDraft(
        ctx.ids.nextId(),
        "Attempt",
        attemptStart,
        attemptEnd,
        failing ? { fault: true } : {},
      ),
    );
    segments.push(functionSegment);
    t = attemptEnd + (failing ? clampMicros(r.between(1, 8), 1, 8) : 0);
    service.end = attemptEnd;
  }
  return segments;
}
