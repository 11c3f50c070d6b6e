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
  readonly diagnostics: readonly Diagnostic[];
  readonly format: InputFormat;
  readonly inputCount: number;
}

/** Looks like a GetServiceGraph response: `{ "Services": [...] }` (checked on the text's start). */
export function isServiceGraphText(text: string): boolean {
  return (
    /^\s*\{\s*"(Services|StartTime|EndTime|ContainsOldGroupVersions)"/.test(text.slice(0, 200)) &&
    /"Services"\s*:\s*\[/.test(text)
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
    diagnostics: r.diagnostics,
    format: r.format,
    inputCount: r.inputCount,
  };
}
