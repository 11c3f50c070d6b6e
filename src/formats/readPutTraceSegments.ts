import type { ReaderState } from "./ReaderState";

/**
 * Reads a PutTraceSegments request body, `{"TraceSegmentDocuments": ["<document JSON>", ...]}`:
 * each string is parsed and validated (already-parsed objects are accepted too).
 */
export function readPutTraceSegments(
  state: ReaderState,
  request: Record<string, unknown>,
  location: string,
): void {
  const list = request.TraceSegmentDocuments;
  const listPath = `${location}.TraceSegmentDocuments`;
  if (!Array.isArray(list)) {
    state.report(
      "invalid-field",
      "error",
      "TraceSegmentDocuments must be an array of document strings; no documents read",
      listPath,
    );
    return;
  }
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const path = `${listPath}[${i}]`;
    if (typeof item === "string") state.addDocumentText(item, path);
    else state.addDocument(item, path);
  }
}
