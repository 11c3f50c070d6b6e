import type { ReaderState } from "./ReaderState";
import { describeValue, quote } from "./describeValue";
import { isHexId, isTraceId } from "./isHexId";
import { isPlainObject } from "./isPlainObject";

/**
 * Reads a BatchGetTraces response, `{"Traces": [{"Id", "Segments": [{"Id", "Document"}]}],
 * "UnprocessedTraceIds": [...]}`: each `Document` string is parsed and validated; each unprocessed
 * trace id gets an `unprocessed-segment` warning, since its segments are missing from the input.
 */
export function readBatchGetTraces(
  state: ReaderState,
  response: Record<string, unknown>,
  location: string,
): void {
  const traces = response.Traces;
  if (!Array.isArray(traces)) {
    state.report(
      "invalid-field",
      "error",
      `Traces must be an array of traces, got ${describeValue(traces)}; no documents read`,
      `${location}.Traces`,
    );
  } else {
    for (let t = 0; t < traces.length; t++) readTrace(state, traces[t], `${location}.Traces[${t}]`);
  }

  const unprocessed = response.UnprocessedTraceIds;
  if (Array.isArray(unprocessed)) {
    for (let u = 0; u < unprocessed.length; u++) {
      const id: unknown = unprocessed[u];
      state.report(
        "unprocessed-segment",
        "warning",
        `BatchGetTraces did not return trace ${typeof id === "string" ? quote(id) : describeValue(id)} (UnprocessedTraceIds): its segments are not in the input`,
        `${location}.UnprocessedTraceIds[${u}]`,
        isTraceId(id) ? id : undefined,
      );
    }
  }
}

function readTrace(state: ReaderState, trace: unknown, path: string): void {
  if (!isPlainObject(trace)) {
    state.report(
      "invalid-field",
      "error",
      `a trace must be an object with Segments, got ${describeValue(trace)}; its documents, if any, were not read`,
      path,
    );
    return;
  }
  const traceId = isTraceId(trace.Id) ? trace.Id : undefined;
  const segments = trace.Segments;
  if (!Array.isArray(segments)) {
    state.report(
      "invalid-field",
      "error",
      `Segments must be an array, got ${describeValue(segments)}; no documents of this trace read`,
      `${path}.Segments`,
      traceId,
    );
    return;
  }
  for (let s = 0; s < segments.length; s++) {
    const segment: unknown = segments[s];
    const segmentPath = `${path}.Segments[${s}]`;
    if (!isPlainObject(segment)) {
      state.reject(
        "not-an-object",
        `a segment must be an object with Id and Document, got ${describeValue(segment)}`,
        segmentPath,
        traceId,
      );
      continue;
    }
    const id = isHexId(segment.Id) ? segment.Id : undefined;
    const text = segment.Document;
    const documentPath = `${segmentPath}.Document`;
    if (text === undefined) {
      state.reject("missing-field", "segment has no Document", segmentPath, traceId, id);
      continue;
    }
    const doc =
      typeof text === "string"
        ? state.addDocumentText(text, documentPath, traceId, id)
        : state.addDocument(text, documentPath);
    if (doc !== undefined && typeof segment.Id === "string" && segment.Id !== doc.id) {
      state.report(
        "invalid-field",
        "warning",
        `segment Id ${quote(segment.Id)} differs from its document's id ${quote(doc.id)}; the document's id is used`,
        `${segmentPath}.Id`,
        doc.trace_id,
        state.inputCount - 1,
      );
    }
  }
}
