import type { DraftEntity } from "./DraftEntity";
import type { TraceContext } from "./TraceContext";
import { allocateSpans } from "./allocateSpans";
import { buildAwsCall } from "./buildAwsCall";
import { createDraft } from "./DraftEntity";
import { createException } from "./createException";
import { SAMPLE_APPLICATION } from "./sampleApplication";
import { statusFlags } from "./statusFlags";

/** How a DynamoDB call ends. */
export type DynamoDbResult = "ok" | "throttled" | "internal-error" | "conditional-check";

export interface DynamoDbCallSpec {
  readonly operation: string;
  readonly table: string;
  readonly start: number;
  readonly end: number;
  /** Throttled attempts before the last one (the SDK retries them with backoff). */
  readonly throttledAttempts: number;
  readonly result: DynamoDbResult;
}

/** Retries the SDK makes before giving up on a throttled call. */
export const MAX_DYNAMODB_RETRIES = 3;

const STATUS: Readonly<Record<DynamoDbResult, number>> = {
  ok: 200,
  throttled: 429,
  "internal-error": 500,
  "conditional-check": 400,
};

/**
 * Builds a DynamoDB call subsegment (`table_name`, `retries`). When the SDK retried, one nested
 * `attempt` subsegment per attempt, throttled ones with 429, throttle and error flags and a remote
 * ProvisionedThroughputExceededException, separated by exponential backoff.
 */
export function buildDynamoDbCall(ctx: TraceContext, spec: DynamoDbCallSpec): DraftEntity {
  const throttled = spec.result === "throttled" ? MAX_DYNAMODB_RETRIES + 1 : spec.throttledAttempts;
  const attempts = spec.result === "throttled" ? throttled : throttled + 1;
  const status = STATUS[spec.result];
  const call = buildAwsCall(ctx, {
    name: "DynamoDB",
    operation: spec.operation,
    start: spec.start,
    end: spec.end,
    status,
    requestIdStyle: "dynamodb",
    retries: attempts - 1,
    aws: { table_name: spec.table, resource_names: [spec.table] },
    contentLength: status === 200 ? 40 + ctx.random.int(900) : 110 + ctx.random.int(60),
    exception:
      spec.result === "throttled"
        ? "ddb-throttled-client-error"
        : spec.result === "internal-error"
          ? "ddb-internal-error"
          : spec.result === "conditional-check"
            ? "ddb-conditional-check"
            : undefined,
  });
  if (attempts < 2) return call;

  const weights: number[] = [];
  for (let i = 0; i < attempts; i++) {
    if (i > 0) weights.push(0.6 * 2 ** i * ctx.random.between(0.5, 1));
    weights.push(ctx.random.between(0.8, 1.2));
  }
  const spans = allocateSpans(spec.start, spec.end, weights);
  for (let i = 0; i < attempts; i++) {
    const [start, end] = spans[i * 2];
    const attemptStatus = i < throttled ? 429 : status;
    const fields: Record<string, unknown> = {
      http: { response: { status: attemptStatus } },
      ...statusFlags(attemptStatus),
    };
    if (i < throttled) {
      fields.cause = {
        working_directory: SAMPLE_APPLICATION.web.workingDirectory,
        exceptions: [createException("ddb-throughput-exceeded", ctx.ids.nextId(), spec.operation)],
      };
    }
    call.children.push(createDraft(ctx.ids.nextId(), "attempt", start, end, fields));
  }
  return call;
}
