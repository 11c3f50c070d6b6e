import type { DraftEntity, DraftSegment, DraftTrace } from "./DraftEntity";
import type { RequestPlan } from "./RequestPlan";
import type { TraceContext } from "./TraceContext";
import type { WebRequest } from "./buildWebService";
import { buildGateway } from "./buildGateway";
import { buildLambdaAsync } from "./buildLambdaAsync";
import { buildWebService } from "./buildWebService";
import { isGatewayOnly, statusOfCause } from "./RequestPlan";
import { SAMPLE_APPLICATION } from "./sampleApplication";

function describeRequest(ctx: TraceContext, plan: RequestPlan): WebRequest {
  const r = ctx.random;
  const product = `P-${10000 + r.int(90000)}`;
  const order = `O-${100000 + r.int(900000)}`;
  const [method, path, itemId] =
    plan.route === "get-product"
      ? ["GET", `/api/products/${product}`, product]
      : plan.route === "create-order"
        ? ["POST", "/api/orders", order]
        : plan.route === "get-order"
          ? ["GET", `/api/orders/${order}`, order]
          : ["GET", `/api/orders/${order}/invoice`, order];
  const ipBlock = r.pick(["198.51.100", "203.0.113", "192.0.2"]);
  const signedIn = plan.route !== "get-product" || r.chance(0.7);
  return {
    method,
    path,
    itemId,
    status: statusOfCause(plan.cause, plan.route),
    userAgent: r.pick(SAMPLE_APPLICATION.userAgents),
    clientIp: `${ipBlock}.${1 + r.int(254)}`,
    user: signedIn
      ? `customer-${String(Math.floor(2000 * r.next() ** 2)).padStart(4, "0")}`
      : undefined,
    items: 1 + r.int(6),
  };
}

function markIndependent(ctx: TraceContext, web: DraftSegment): void {
  const r = ctx.random;
  let any = false;
  for (const child of web.children) {
    if (r.chance(0.6)) {
      child.independent = true;
      any = true;
    }
  }
  if (!any && web.children.length > 0) r.pick(web.children).independent = true;
  for (const child of web.children) {
    const attempts = child.children;
    if (child.name === "DynamoDB" && attempts.length > 0 && r.chance(0.5)) {
      attempts[attempts.length - 1].independent = true;
    }
  }
}

/**
 * Simulates one request through the application, starting at `start` (epoch microseconds):
 * client → API Gateway → web service → S3/DynamoDB/SNS/payments, and the asynchronous Lambda,
 * then applies the plan's delivery quirks (capture in progress, independent subsegments, a
 * missing segment).
 */
export function simulateRequest(ctx: TraceContext, plan: RequestPlan, start: number): DraftTrace {
  const r = ctx.random;
  const request = describeRequest(ctx, plan);
  const end = start + Math.max(1000, Math.round(plan.latency * 1e6));
  const gateway = buildGateway(ctx, request, start, end, !isGatewayOnly(plan.cause));
  const draft: DraftTrace = {
    traceId: ctx.traceId,
    segments: [gateway.segment],
    cutoff: undefined,
    missing: new Set(),
    earlyInProgress: new Set(),
  };
  let web: DraftSegment | undefined;
  let invoke: DraftEntity | undefined;
  if (gateway.backend !== undefined) {
    const result = buildWebService(ctx, plan, request, gateway.backend);
    web = result.segment;
    invoke = result.invoke;
    draft.segments.push(web);
    if (plan.invokesLambda && invoke !== undefined) {
      draft.segments.push(...buildLambdaAsync(ctx, plan, invoke));
    }
    if (plan.independent) markIndependent(ctx, web);
    if (plan.earlyInProgress) draft.earlyInProgress.add(web.id);
    if (plan.missing === "web") draft.missing.add(web.id);
    if (plan.missing === "lambda" && draft.segments.length > 2)
      draft.missing.add(draft.segments[2].id);
  }
  if (plan.inProgress) {
    const span = web ?? gateway.segment;
    draft.cutoff =
      span.start + Math.max(1, Math.round((span.end - span.start) * r.between(0.2, 0.8)));
  }
  return draft;
}
