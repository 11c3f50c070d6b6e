import type { DraftEntity, DraftSegment } from "./DraftEntity";
import type { RequestPlan } from "./RequestPlan";
import type { TraceContext } from "./TraceContext";
import type { WebStep } from "./webServiceSteps";
import { allocateSpans } from "./allocateSpans";
import { buildAwsCall, exceptionIdOf } from "./buildAwsCall";
import { buildDynamoDbCall } from "./buildDynamoDbCall";
import { buildHttpCall } from "./buildHttpCall";
import { createDraft } from "./DraftEntity";
import { createException } from "./createException";
import { ecsFields, SAMPLE_APPLICATION } from "./sampleApplication";
import { statusFlags } from "./statusFlags";
import { applyFailure, routeEntries } from "./webServiceSteps";

/** What the web service's request looked like from outside. */
export interface WebRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly userAgent: string;
  readonly clientIp: string;
  readonly itemId: string;
  /** The signed-in customer, if any. */
  readonly user: string | undefined;
  /** Line items of the order (or of the order read). */
  readonly items: number;
}

export interface WebServiceResult {
  readonly segment: DraftSegment;
  /** The Lambda Invoke subsegment, when the request invoked the receipt function. */
  readonly invoke: DraftEntity | undefined;
}

const app = SAMPLE_APPLICATION;

function buildStep(
  ctx: TraceContext,
  step: WebStep,
  start: number,
  end: number,
  throttledAttempts: number,
): DraftEntity {
  const r = ctx.random;
  const status = step.failure?.status ?? 200;
  switch (step.kind) {
    case "ddb":
      return buildDynamoDbCall(ctx, {
        operation: step.operation ?? "GetItem",
        table: step.table ?? app.tables.orders,
        start,
        end,
        throttledAttempts,
        result: step.failure?.dynamoDb ?? "ok",
      });
    case "s3":
      return buildAwsCall(ctx, {
        name: "S3",
        operation: step.operation ?? "GetObject",
        start,
        end,
        status,
        requestIdStyle: "s3",
        aws: { bucket_name: step.bucket, key: step.key },
        contentLength:
          status !== 200 ? 243 : step.operation === "PutObject" ? 0 : 2048 + r.int(400_000),
        exception: step.failure?.exception,
      });
    case "sns":
      return buildAwsCall(ctx, {
        name: "SNS",
        operation: "Publish",
        start,
        end,
        status,
        aws: { topic_arn: app.topicArn },
        contentLength: 294,
      });
    case "invoke":
      return buildAwsCall(ctx, {
        name: "Lambda",
        operation: "Invoke",
        start,
        end,
        status: 202,
        aws: {
          function_name: app.lambda.name,
          invocation_type: "Event",
          status_code: 202,
          resource_names: [app.lambda.name],
        },
        contentLength: 0,
      });
    case "payments":
      return buildHttpCall(ctx, {
        host: app.payments.host,
        method: "POST",
        url: app.payments.url,
        start,
        end,
        status: step.failure?.status ?? 200,
        contentLength: step.failure === undefined ? 180 + r.int(60) : 97,
        exception: step.failure?.exception,
      });
    case "custom": {
      const fields: Record<string, unknown> = {};
      if (step.failure !== undefined) {
        Object.assign(fields, statusFlags(step.failure.status));
        if (step.failure.exception !== undefined) {
          fields.cause = {
            working_directory: app.web.workingDirectory,
            exceptions: [createException(step.failure.exception, ctx.ids.nextId())],
          };
        }
      } else {
        fields.metadata = {
          debug: { step: step.name, elapsed_ms: Math.round((end - start) / 1000) },
        };
      }
      return createDraft(ctx.ids.nextId(), step.name ?? "## work", start, end, fields);
    }
  }
}

function annotationsFor(
  plan: RequestPlan,
  request: WebRequest,
  tier: string,
  r: TraceContext["random"],
) {
  const annotations: Record<string, string | number | boolean> = {
    route: request.path.replace(request.itemId, "{id}"),
    customer_tier: tier,
  };
  if (plan.route === "create-order") {
    annotations.item_count = request.items;
    annotations.order_total = Math.round(r.logNormal(60, 0.7) * 100) / 100;
    annotations.first_order = r.chance(0.2);
  } else {
    annotations.cache_hit = r.chance(0.35);
  }
  return annotations;
}

/**
 * Builds the web service's segment (ECS/Fargate, X-Ray SDK for Python) for the span
 * [start, end]: its route's calls laid out in order, the failure of `plan.cause` recorded where it
 * starts and propagated upward (flags by status, the exception id as `cause` on the way up).
 */
export function buildWebService(
  ctx: TraceContext,
  plan: RequestPlan,
  request: WebRequest,
  span: { readonly start: number; readonly end: number; readonly parentId: string },
): WebServiceResult {
  const r = ctx.random;
  const entries = applyFailure(
    routeEntries(plan.route, {
      itemId: request.itemId,
      authenticated: request.user !== undefined,
      items: request.items,
      thumbnails: r.int(7),
    }).filter((e) => plan.invokesLambda || e.steps[0].kind !== "invoke"),
    plan.cause,
  );
  // the first data call of a request that was throttled and retried successfully
  const retried = entries
    .flatMap((e) => e.steps)
    .find((s) => s.kind === "ddb" && s.table !== app.tables.sessions && s.failure === undefined);
  const throttlesOf = (s: WebStep): number => (s === retried ? plan.recoveredThrottles : 0);
  const leafWeights = entries.map((e) =>
    e.steps.map(
      (s) =>
        s.weight *
        r.logNormal(1, 0.35) *
        (s.failure?.dynamoDb === "throttled" ? 6 : 1 + 1.2 * throttlesOf(s)),
    ),
  );
  if (plan.slow) {
    const calls: (readonly [number, number])[] = [];
    entries.forEach((e, i) =>
      e.steps.forEach((s, j) => {
        if (s.kind !== "custom" && s.kind !== "invoke" && (plan.slowCall ?? s.kind) === s.kind) {
          calls.push([i, j]);
        }
      }),
    );
    const [i, j] = calls.length > 0 ? r.pick(calls) : [0, 0];
    leafWeights[i][j] *= 25;
  }
  const topWeights: number[] = [0.25];
  for (const ws of leafWeights)
    topWeights.push(ws.reduce((a, b) => a + b, 0) * (ws.length > 1 ? 1.08 : 1), 0.08);
  topWeights[topWeights.length - 1] = 0.15;
  const topSpans = allocateSpans(span.start, span.end, topWeights);

  const task = r.pick(app.web.tasks);
  const tier = r.pick(app.tiers);
  const segment: DraftSegment = {
    ...createDraft(ctx.ids.nextId(), app.web.name, span.start, span.end),
    parentId: span.parentId,
  };
  let invoke: DraftEntity | undefined;
  let exceptionId: string | undefined;
  entries.forEach((entry, i) => {
    const [start, end] = topSpans[1 + i * 2];
    let target = segment.children;
    let group: DraftEntity | undefined;
    let stepSpans: [number, number][] = [[start, end]];
    if (entry.group !== undefined) {
      group = createDraft(ctx.ids.nextId(), entry.group, start, end);
      segment.children.push(group);
      target = group.children;
      const inner = Math.max(1, Math.round((end - start) * 0.03));
      stepSpans = allocateSpans(start + inner, end - inner, leafWeights[i]);
    }
    entry.steps.forEach((step, j) => {
      const child = buildStep(ctx, step, stepSpans[j][0], stepSpans[j][1], throttlesOf(step));
      target.push(child);
      if (step.kind === "invoke") invoke = child;
      if (step.failure !== undefined) {
        exceptionId = exceptionIdOf(child);
        if (group !== undefined) {
          Object.assign(group.fields, statusFlags(step.failure.status));
          if (exceptionId !== undefined) group.fields.cause = exceptionId;
        }
      }
    });
  });

  const contentLength = request.status >= 400 ? 60 + r.int(80) : 200 + r.int(6000);
  const fields: Record<string, unknown> = {
    origin: app.web.origin,
    http: {
      request: {
        method: request.method,
        url: `http://${app.api.integrationHost}${request.path}`,
        user_agent: request.userAgent,
        client_ip: request.clientIp,
        x_forwarded_for: true,
      },
      response: { status: request.status, content_length: contentLength },
    },
    aws: { ecs: ecsFields(task), xray: { ...app.web.sdk } },
    service: { version: app.web.version },
  };
  if (request.user !== undefined) fields.user = request.user;
  fields.annotations = annotationsFor(plan, request, tier, r);
  fields.metadata = {
    default: { request: { path: request.path, accept: "application/json" } },
    deployment: { commit: "9f4c2e1", region: app.region, availability_zone: task.availabilityZone },
  };
  Object.assign(fields, statusFlags(request.status));
  if (request.status >= 500 && exceptionId !== undefined) fields.cause = exceptionId;
  Object.assign(segment.fields, fields);
  return { segment, invoke };
}
