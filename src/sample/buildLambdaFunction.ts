import type { DraftSegment } from "./DraftEntity";
import type { ExceptionKind } from "./createException";
import type { LambdaFailure } from "./RequestPlan";
import type { TraceContext } from "./TraceContext";
import { addGoSdkPhases } from "./addGoSdkPhases";
import { allocateSpans } from "./allocateSpans";
import { buildAwsCall } from "./buildAwsCall";
import { createDraft } from "./DraftEntity";
import { createException } from "./createException";
import { SAMPLE_APPLICATION } from "./sampleApplication";

export interface LambdaFunctionSpec {
  readonly parentId: string;
  readonly start: number;
  readonly invocationEnd: number;
  readonly end: number;
  /** [start, end] of `Initialization` on a cold start; it starts before the function segment. */
  readonly initialization: readonly [number, number] | undefined;
  readonly failure: LambdaFailure | undefined;
}

const fn = SAMPLE_APPLICATION.lambda;

const FAILURE_EXCEPTION: Readonly<Record<LambdaFailure, ExceptionKind>> = {
  "ses-message-rejected": "ses-message-rejected",
  "go-s3-slow-down": "go-s3-slow-down",
  timeout: "lambda-timeout",
};

function faultWith(ctx: TraceContext, kind: ExceptionKind): Record<string, unknown> {
  return {
    fault: true,
    cause: {
      working_directory: fn.workingDirectory,
      exceptions: [createException(kind, ctx.ids.nextId())],
    },
  };
}

/**
 * Builds one `AWS::Lambda::Function` segment of the receipt renderer (a Go function): optional
 * `Initialization`, `Invocation` with the handler's work (a custom `Receipt.Render` subsegment
 * with a dotted annotation key, S3 PutObject, SES SendEmail, each with the Go SDK's phases) and
 * `Overhead`. A failure is
 * recorded where it happens and again, with a new exception id, on each level above it (as the
 * Go SDK does).
 */
export function buildLambdaFunction(ctx: TraceContext, spec: LambdaFunctionSpec): DraftSegment {
  const r = ctx.random;
  const segment: DraftSegment = {
    ...createDraft(ctx.ids.nextId(), fn.name, spec.start, spec.end, {
      origin: "AWS::Lambda::Function",
      aws: {
        function_arn: fn.arn,
        resource_names: [fn.name],
        account_id: SAMPLE_APPLICATION.account,
      },
    }),
    parentId: spec.parentId,
  };
  if (spec.initialization !== undefined) {
    const [start, end] = spec.initialization;
    segment.children.push(
      createDraft(ctx.ids.nextId(), "Initialization", start, end, {
        aws: { function_arn: fn.arn },
      }),
    );
  }
  const invocation = createDraft(ctx.ids.nextId(), "Invocation", spec.start, spec.invocationEnd, {
    aws: { function_arn: fn.arn },
  });
  segment.children.push(invocation);
  segment.children.push(
    createDraft(ctx.ids.nextId(), "Overhead", spec.invocationEnd, spec.end, {
      aws: { function_arn: fn.arn },
    }),
  );

  const timeout = spec.failure === "timeout";
  const weights = timeout
    ? [0.02, 1, 30]
    : [0.03, r.logNormal(1, 0.4), 0.02, r.logNormal(1.2, 0.4), 0.02, r.logNormal(1.5, 0.4), 0.03];
  const spans = allocateSpans(spec.start, spec.invocationEnd, weights);
  const pages = 1 + r.int(4);
  invocation.children.push(
    createDraft(ctx.ids.nextId(), "Receipt.Render", spans[1][0], spans[1][1], {
      annotations: { "Receipt.Render.Pages": pages },
      metadata: { default: { "Receipt.Render.Template": "receipt-v3", pages } },
    }),
  );
  if (!timeout) {
    const orderId = `O-${100000 + r.int(900000)}`;
    const newConnection = spec.initialization !== undefined || r.chance(0.2);
    const s3Fails = spec.failure === "go-s3-slow-down";
    const s3 = buildAwsCall(ctx, {
      name: "S3",
      operation: "PutObject",
      start: spans[3][0],
      end: spans[3][1],
      status: s3Fails ? 503 : 200,
      requestIdStyle: "s3",
      aws: { bucket_name: SAMPLE_APPLICATION.buckets.receipts, key: `receipts/${orderId}.pdf` },
      contentLength: s3Fails ? 243 : 0,
      exception: s3Fails ? "go-s3-slow-down" : undefined,
    });
    addGoSdkPhases(ctx, s3, newConnection);
    invocation.children.push(s3);
    if (!s3Fails) {
      const sesFails = spec.failure === "ses-message-rejected";
      const ses = buildAwsCall(ctx, {
        name: "SES",
        operation: "SendEmail",
        start: spans[5][0],
        end: spans[5][1],
        status: sesFails ? 400 : 200,
        aws: { source: fn.sender },
        contentLength: sesFails ? 302 : 326,
        exception: sesFails ? "ses-message-rejected" : undefined,
      });
      addGoSdkPhases(ctx, ses, newConnection);
      invocation.children.push(ses);
    }
  }
  if (spec.failure !== undefined) {
    const kind = FAILURE_EXCEPTION[spec.failure];
    Object.assign(invocation.fields, faultWith(ctx, kind));
    Object.assign(segment.fields, faultWith(ctx, kind));
  }
  return segment;
}
