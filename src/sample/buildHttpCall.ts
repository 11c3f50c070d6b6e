import type { DraftEntity } from "./DraftEntity";
import type { ExceptionKind } from "./createException";
import type { TraceContext } from "./TraceContext";
import { createDraft } from "./DraftEntity";
import { createException, workingDirectoryOf } from "./createException";
import { statusFlags } from "./statusFlags";

export interface HttpCallSpec {
  /** Subsegment name: the host called. */
  readonly host: string;
  readonly method: string;
  readonly url: string;
  readonly start: number;
  readonly end: number;
  readonly status: number;
  readonly contentLength: number;
  /** The downstream service is traced (it sends a segment with this subsegment as parent). */
  readonly traced?: boolean;
  readonly exception?: ExceptionKind;
}

/** Builds a subsegment for an HTTP call to another service (namespace `remote`). */
export function buildHttpCall(ctx: TraceContext, spec: HttpCallSpec): DraftEntity {
  const request: Record<string, unknown> = { method: spec.method, url: spec.url };
  if (spec.traced === true) request.traced = true;
  const fields: Record<string, unknown> = {
    namespace: "remote",
    http: { request, response: { status: spec.status, content_length: spec.contentLength } },
    ...statusFlags(spec.status),
  };
  if (spec.exception !== undefined) {
    fields.cause = {
      working_directory: workingDirectoryOf(spec.exception),
      exceptions: [createException(spec.exception, ctx.ids.nextId())],
    };
  }
  return createDraft(ctx.ids.nextId(), spec.host, spec.start, spec.end, fields);
}
