import type { Diagnostic } from "../model/Diagnostic";
import type { SegmentDocument } from "../model/SegmentDocument";
import type { Trace } from "../model/Trace";
import type { AssembleOptions, AssembleResult } from "./AssembleOptions";
import { assembleTrace } from "./assembleTrace";
import { createAssemblyDiagnostic } from "./createAssemblyDiagnostic";

function compareTraces(a: Trace, b: Trace): number {
  const d = a.startTime - b.startTime;
  if (d < 0) return -1;
  if (d > 0) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Assembles segment documents (as read by `parseSegmentDocuments`) into traces the way X-Ray's
 * BatchGetTraces does: grouped by trace_id, one document per id (complete beats in-progress),
 * independent subsegments under their parent, segments under the subsegment that called them,
 * inferred segments for unclaimed `aws`/`remote` calls (`inferSegments`, default true), children
 * by start time and precursor_ids, and a GetTraceSummaries summary per trace. Orphans, duplicates,
 * parent cycles and children before their parent are kept and reported, never thrown. Traces are
 * returned by start time (then id); `diagnostics` holds every trace's diagnostics. The input is
 * never mutated; nodes reference the input's entity objects.
 * @example
 * const { documents } = parseSegmentDocuments(text);
 * const { traces, diagnostics } = assembleTraces(documents);
 * traces[0].root?.children.map((n) => n.name);
 */
export function assembleTraces(
  documents: readonly SegmentDocument[],
  options: AssembleOptions = {},
): AssembleResult {
  const inferSegments = options.inferSegments ?? true;
  const diagnostics: Diagnostic[] = [];
  const groups = new Map<string, number[]>();
  for (let i = 0; i < documents.length; i++) {
    const document: unknown = documents[i];
    const id =
      typeof document === "object" && document !== null
        ? (document as { id?: unknown }).id
        : undefined;
    const traceId =
      typeof document === "object" && document !== null
        ? (document as { trace_id?: unknown }).trace_id
        : undefined;
    if (typeof id !== "string" || typeof traceId !== "string") {
      diagnostics.push(
        createAssemblyDiagnostic(
          "missing-field",
          "error",
          "a document without a string id and trace_id cannot be assembled; it is skipped",
          i,
          "$",
          typeof traceId === "string" ? traceId : undefined,
          typeof id === "string" ? id : undefined,
        ),
      );
      continue;
    }
    const group = groups.get(traceId);
    if (group === undefined) groups.set(traceId, [i]);
    else group.push(i);
  }
  const traces: Trace[] = [];
  for (const [traceId, indices] of groups) {
    traces.push(assembleTrace(documents, indices, traceId, inferSegments, diagnostics));
  }
  traces.sort(compareTraces);
  return { traces, diagnostics };
}
