import type { InputFormat } from "./ReadSegmentDocumentsResult";
import type { ReaderState } from "./ReaderState";
import { describeValue } from "./describeValue";
import { detectForeignFormat } from "./detectForeignFormat";
import { isDaemonHeader } from "./isDaemonHeader";
import { isPlainObject } from "./isPlainObject";
import { readBatchGetTraces } from "./readBatchGetTraces";
import { readPutTraceSegments } from "./readPutTraceSegments";

/** Fields of which a segment document has at least one; objects with none are not documents. */
const documentKeys = [
  "id",
  "trace_id",
  "name",
  "start_time",
  "end_time",
  "in_progress",
  "parent_id",
  "subsegments",
] as const;

const formsAccepted =
  "tracelens reads segment documents as one document, an array, NDJSON, daemon frames, a PutTraceSegments request or a BatchGetTraces response";

/**
 * Reads one JSON value that holds segment documents in any of the parsed forms: an array of
 * documents, a PutTraceSegments request, a BatchGetTraces response or one single document (a value
 * of another kind yields one `unknown-format` error naming what it looks like, and format `empty`).
 * Inside NDJSON or daemon frames (`inSequence`), every object that is not an envelope counts as
 * one document on its own.
 */
export function readTopLevelValue(
  state: ReaderState,
  value: unknown,
  location: string,
  inSequence: boolean,
): InputFormat {
  if (Array.isArray(value)) {
    const foreign = inSequence ? undefined : detectForeignFormat(value);
    if (foreign !== undefined) return unknownFormat(state, location, `this looks like ${foreign}`);
    for (let i = 0; i < value.length; i++) state.addDocument(value[i], `${location}[${i}]`);
    return "array";
  }
  if (isPlainObject(value)) {
    if (Object.hasOwn(value, "TraceSegmentDocuments")) {
      readPutTraceSegments(state, value, location);
      return "put-trace-segments";
    }
    if (Object.hasOwn(value, "Traces")) {
      readBatchGetTraces(state, value, location);
      return "batch-get-traces";
    }
    if (inSequence) {
      state.addDocument(value, location);
      return "document";
    }
    if (isDaemonHeader(value)) {
      state.reject("invalid-json", "a daemon frame header without a document after it", location);
      return "daemon";
    }
    const foreign = detectForeignFormat(value);
    if (foreign !== undefined) return unknownFormat(state, location, `this looks like ${foreign}`);
    if (documentKeys.some((key) => Object.hasOwn(value, key))) {
      state.addDocument(value, location);
      return "document";
    }
    const keys = Object.keys(value);
    const shown = keys
      .slice(0, 5)
      .map((key) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key))
      .join(", ");
    return unknownFormat(
      state,
      location,
      keys.length === 0
        ? "an empty JSON object"
        : `a JSON object with keys ${shown}${keys.length > 5 ? ", …" : ""} and none of a segment document's fields (id, trace_id, name, start_time)`,
    );
  }
  if (inSequence) {
    state.addDocument(value, location);
    return "document";
  }
  return unknownFormat(state, location, `a JSON value that is ${describeValue(value)}`);
}

function unknownFormat(state: ReaderState, location: string, what: string): InputFormat {
  state.report(
    "unknown-format",
    "error",
    `not segment documents: ${what}. ${formsAccepted}`,
    location,
  );
  return "empty";
}
