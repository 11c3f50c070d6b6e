import type { Diagnostic } from "../model/Diagnostic";
import type { SegmentDocument } from "../model/SegmentDocument";
import { createAssemblyDiagnostic } from "./createAssemblyDiagnostic";
import { isSameJson } from "./isSameJson";

function isComplete(doc: SegmentDocument): boolean {
  return doc.in_progress !== true && typeof doc.end_time === "number";
}

/**
 * Decides between two documents of one trace with the same id and reports it: a complete document
 * supersedes an in-progress one whatever their order (`superseded-in-progress`, info); otherwise
 * the first is kept and the repeat reported as `duplicate-id` (info when identical, warning when
 * different). Returns true when `next` replaces `kept`.
 */
export function resolveDuplicateDocument(
  kept: SegmentDocument,
  keptIndex: number,
  next: SegmentDocument,
  nextIndex: number,
  traceId: string,
  diagnostics: Diagnostic[],
): boolean {
  const keptComplete = isComplete(kept);
  if (keptComplete !== isComplete(next)) {
    diagnostics.push(
      createAssemblyDiagnostic(
        "superseded-in-progress",
        "info",
        `in-progress document ${next.id} is superseded by the complete document with the same id`,
        keptComplete ? nextIndex : keptIndex,
        "$",
        traceId,
        next.id,
      ),
    );
    return !keptComplete;
  }
  const same = isSameJson(kept, next);
  diagnostics.push(
    createAssemblyDiagnostic(
      "duplicate-id",
      same ? "info" : "warning",
      same
        ? `document ${next.id} repeats an earlier document exactly; the repeat is ignored`
        : `document ${next.id} has the id of an earlier document with different content; the first is kept`,
      nextIndex,
      "$",
      traceId,
      next.id,
    ),
  );
  return false;
}
