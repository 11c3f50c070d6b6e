import type { Diagnostic } from "../model/Diagnostic";
import { extendPath } from "./extendPath";
import type { ReadSegmentDocumentsResult } from "./ReadSegmentDocumentsResult";

/**
 * Places a diagnostic about `read.documents[documentIndex]` (as `assembleTraces` reports them:
 * `documentIndex` into the documents it was given, `path` inside that document, from `$`) in the
 * input the documents were read from: `documentIndex` becomes the input's index and `path` starts
 * at the document's location, e.g. `$.parent_id` of the NDJSON document on line 12 becomes
 * `line 12 $.parent_id`. Diagnostics about no one document (`documentIndex` -1) and indices
 * outside `read.documents` are returned as they are.
 * @example
 * const read = parseSegmentDocuments(text);
 * const { diagnostics } = assembleTraces(read.documents);
 * diagnostics.map((d) => locateDiagnostic(d, read).path); // ["line 2 $.parent_id", ...]
 */
export function locateDiagnostic(
  diagnostic: Diagnostic,
  read: Pick<ReadSegmentDocumentsResult, "documentIndices" | "documentLocations">,
  documentIndex = diagnostic.documentIndex,
): Diagnostic {
  const location = read.documentLocations[documentIndex];
  if (documentIndex < 0 || location === undefined) return diagnostic;
  const inner = diagnostic.path.startsWith("$") ? diagnostic.path.slice(1) : diagnostic.path;
  return {
    ...diagnostic,
    documentIndex: read.documentIndices[documentIndex],
    path: extendPath(location, inner),
  };
}
