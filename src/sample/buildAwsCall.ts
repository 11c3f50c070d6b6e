import type { DraftEntity } from "./DraftEntity";
import type { ExceptionKind } from "./createException";
import type { TraceContext } from "./TraceContext";
import { createDraft } from "./DraftEntity";
import { createException, workingDirectoryOf } from "./createException";
import { createRequestId } from "./TraceContext";
import { SAMPLE_APPLICATION } from "./sampleApplication";
import { statusFlags } from "./statusFlags";

/** One AWS SDK call, as the SDK records it in a subsegment with namespace `aws`. */
export interface AwsCallSpec {
  /** Subsegment name: the service, e.g. `S3`, `SNS`, `Lambda`, `SES`. */
  readonly name: string;
  readonly operation: string;
  readonly start: number;
  readonly end: number;
  readonly status: number;
  readonly requestIdStyle?: "dynamodb" | "s3" | "uuid";
  /** Extra `aws` fields after operation/region/request_id/retries (bucket_name, topic_arn, ...). */
  readonly aws?: Readonly<Record<string, unknown>>;
  readonly retries?: number;
  /** Bytes of the response body; omitted when undefined. */
  readonly contentLength?: number;
  /** The error the service returned, recorded as a remote exception. */
  readonly exception?: ExceptionKind;
}

/** Builds the subsegment of an AWS SDK call: `aws` fields, http status, flags and exception. */
export function buildAwsCall(ctx: TraceContext, spec: AwsCallSpec): DraftEntity {
  const response: Record<string, unknown> = { status: spec.status };
  if (spec.contentLength !== undefined) response.content_length = spec.contentLength;
  const fields: Record<string, unknown> = {
    namespace: "aws",
    http: { response },
    aws: {
      operation: spec.operation,
      region: SAMPLE_APPLICATION.region,
      request_id: createRequestId(ctx.random, spec.requestIdStyle ?? "uuid"),
      retries: spec.retries ?? 0,
      ...spec.aws,
    },
    ...statusFlags(spec.status),
  };
  if (spec.exception !== undefined) {
    fields.cause = {
      working_directory: workingDirectoryOf(spec.exception),
      exceptions: [createException(spec.exception, ctx.ids.nextId(), spec.operation)],
    };
  }
  return createDraft(ctx.ids.nextId(), spec.name, spec.start, spec.end, fields);
}

/** The id of the first exception recorded on a draft, if any (for `cause` references). */
export function exceptionIdOf(draft: DraftEntity): string | undefined {
  const cause = draft.fields.cause as { exceptions?: readonly { id: string }[] } | undefined;
  return cause?.exceptions?.[0]?.id;
}
