import type { Diagnostic } from "../model/Diagnostic";
import type { SegmentDocument } from "../model/SegmentDocument";
import { validateDocumentTree } from "./validateDocumentTree";

/**
 * Validates one parsed segment document (or independent subsegment): rejects it with `error`
 * diagnostics when a required field is missing or malformed, otherwise returns it with `warning`
 * diagnostics for recoverable problems. Invalid embedded subsegments, bad annotations and similar
 * fields are left out of a repaired copy; the value passed in is never modified. `path` is where the
 * document is in the input (`$[3]`, `line 12`), used as the prefix of every diagnostic's path.
 * @example
 * const { document, diagnostics } = validateSegmentDocument(JSON.parse(text), 0, "$");
 */
export function validateSegmentDocument(
  value: unknown,
  documentIndex: number,
  path: string,
): { document?: SegmentDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const document = validateDocumentTree(value, documentIndex, path, false, diagnostics);
  return document === undefined ? { diagnostics } : { document, diagnostics };
}
