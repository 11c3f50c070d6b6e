import type { Trace } from "../model/Trace";
import { formatSegmentDocument } from "./formatSegmentDocument";

/** One trace of a BatchGetTraces response: every segment as a JSON document string. */
export interface BatchGetTracesTrace {
  Id: string;
  Duration: number;
  LimitExceeded: boolean;
  Segments: { Id: string; Document: string }[];
}

/** The BatchGetTraces response shape (xray-model.md §2.5). */
export interface BatchGetTracesResponse {
  Traces: BatchGetTracesTrace[];
  UnprocessedTraceIds: string[];
}

/**
 * Assembled traces as a BatchGetTraces response: one document per segment and inferred segment
 * (by start time), then one per orphan independent subsegment; independent subsegments merged
 * into the document of their segment. Output is new strings and objects; traces are not touched.
 * `Duration` is the summary's; `LimitExceeded` is false; `UnprocessedTraceIds` is empty.
 * @example JSON.stringify(formatBatchGetTraces(assembleTraces(documents).traces))
 */
export function formatBatchGetTraces(traces: readonly Trace[]): BatchGetTracesResponse {
  const Traces: BatchGetTracesTrace[] = [];
  for (const trace of traces) {
    const Segments: { Id: string; Document: string }[] = [];
    for (const node of trace.segments) {
      Segments.push({ Id: node.id, Document: formatSegmentDocument(node) });
    }
    for (const node of trace.roots) {
      if (node.kind === "subsegment") {
        Segments.push({ Id: node.id, Document: formatSegmentDocument(node) });
      }
    }
    Traces.push({
      Id: trace.id,
      Duration: trace.summary.Duration,
      LimitExceeded: false,
      Segments,
    });
  }
  return { Traces, UnprocessedTraceIds: [] };
}
