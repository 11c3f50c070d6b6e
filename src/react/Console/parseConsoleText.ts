import { parseSegmentDocuments } from "../../formats/parseSegmentDocuments";
import type { InputFormat } from "../../formats/ReadSegmentDocumentsResult";
import type { Diagnostic } from "../../model/Diagnostic";
import type { SegmentDocument } from "../../model/SegmentDocument";

/** Documents read from a file's text: plain JSON values, safe to post from a worker. */
export interface ParsedConsoleText {
  readonly kind: "documents";
  readonly documents: readonly SegmentDocument[];
  /** `documentIndices[i]` = input index of `documents[i]`. */
  readonly documentIndices: readonly number[];
  /** `documentLocations[i]` = where `documents[i]` is in the text (`line 12`, `$[3]`, …). */
  readonly documentLocations: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly format: InputFormat;
  readonly inputCount: number;
}

/**
 * Looks like a GetServiceGraph response: `{ "Services": [...] }`, or `{ "data": [...] }` /
 * `{ "data": { "Services": [...] } }` (an SDK capture) whose first service has a `ReferenceId` and
 * `Edges` (checked on the text's start).
 */
export function isServiceGraphText(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/^\s*\{\s*"(Services|StartTime|EndTime|ContainsOldGroupVersions)"/.test(head))
    return /"Services"\s*:\s*\[/.test(text);
  return (
    /^\s*\{\s*"data"\s*:\s*[[{]/.test(head) &&
    /"ReferenceId"\s*:/.test(head) &&
    /"Edges"\s*:\s*\[/.test(head)
  );
}

/**
 * Reads segment documents in any form (one document, array, NDJSON, daemon frames,
 * PutTraceSegments, BatchGetTraces). DOM-free: runs in the Console's parse worker or, in chunks,
 * on the main thread.
 * @example parseConsoleText('{"trace_id": ...}').documents
 */
export function parseConsoleText(text: string): ParsedConsoleText {
  const r = parseSegmentDocuments(text);
  return {
    kind: "documents",
    documents: r.documents,
    documentIndices: r.documentIndices,
    documentLocations: r.documentLocations,
    diagnostics: r.diagnostics,
    format: r.format,
    inputCount: r.inputCount,
  };
}
