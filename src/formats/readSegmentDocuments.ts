import type { ReadSegmentDocumentsResult } from "./ReadSegmentDocumentsResult";
import { ReaderState } from "./ReaderState";
import { readTopLevelValue } from "./readTopLevelValue";

/**
 * Reads segment documents from an already-parsed JSON value: a single document, an array of
 * documents, a PutTraceSegments request (`TraceSegmentDocuments` strings) or a BatchGetTraces
 * response (`Traces[].Segments[].Document` strings), detected automatically. Never throws on
 * data and never modifies `value`: repaired documents are copies. Diagnostic paths start at `$`.
 * @example
 * const { documents, diagnostics } = readSegmentDocuments(await response.json());
 */
export function readSegmentDocuments(value: unknown): ReadSegmentDocumentsResult {
  const state = new ReaderState(false);
  const format = readTopLevelValue(state, value, "$", false);
  return state.result(format);
}
