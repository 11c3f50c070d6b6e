import type { Diagnostic } from "../model/Diagnostic";
import type { SegmentDocument } from "../model/SegmentDocument";
import { createAssemblyDiagnostic } from "./createAssemblyDiagnostic";
import { isSameJson } from "./isSameJson";

function isComplete(document: SegmentDocument): boolean {
  return document.in_progress !== true && typeof document.end_time === "number";
}

/**
 * Picks one document per id among the documents of one trace. A complete document supersedes an
 * in-progress one whatever their order (`superseded-in-progress`, info). Otherwise the first wins:
 * an identical repeat is reported as `duplicate-id` (info), a different one as `duplicate-id`
 * (warning). Returns the kept document indices in input order.
 */
export function selectDocuments(
  documents: readonly SegmentDocument[],
  indices: readonly number[],
  traceId: string,
  diagnostics: Diagnostic[],
): number[] {
  const keptById = new Map<string, number>();
  let replaced = false;
  for (const index of indices) {
    const document = documents[index];
    const keptIndex = keptById.get(document.id);
    if (keptIndex === undefined) {
      keptById.set(document.id, index);
      continue;
    }
    const kept = documents[keptIndex];
    const keptComplete = isComplete(kept);
    if (keptComplete !== isComplete(document)) {
      const superseded = keptComplete ? index : keptIndex;
      if (!keptComplete) {
        keptById.set(document.id, index);
        replaced = true;
      }
      diagnostics.push(
        createAssemblyDiagnostic(
          "superseded-in-progress",
          "info",
          `in-progress document ${document.id} is superseded by the complete document with the same id`,
          superseded,
          "$",
          traceId,
          document.id,
        ),
      );
    } else if (isSameJson(kept, document)) {
      diagnostics.push(
        createAssemblyDiagnostic(
          "duplicate-id",
          "info",
          `document ${document.id} repeats document ${keptIndex} exactly; the repeat is ignored`,
          index,
          "$",
          traceId,
          document.id,
        ),
      );
    } else {
      diagnostics.push(
        createAssemblyDiagnostic(
          "duplicate-id",
          "warning",
          `document ${document.id} has the id of document ${keptIndex} with different content; the first is kept`,
          index,
          "$",
          traceId,
          document.id,
        ),
      );
    }
  }
  const kept = [...keptById.values()];
  if (replaced) kept.sort((a, b) => a - b);
  return kept;
}
