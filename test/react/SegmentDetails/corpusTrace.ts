/** Corpus documents assembled into traces for the SegmentDetails tests. */
import type { SegmentDocument } from "../../../src/model/SegmentDocument";
import type { Trace } from "../../../src/model/Trace";
import type { TraceNode } from "../../../src/model/TraceNode";
import { readCorpus } from "../../support/corpus";
import { buildTestTrace } from "./buildTestTrace";

/** Parses corpus files (each one document) and assembles them as one trace. */
export function corpusTrace(...files: string[]): Trace {
  return buildTestTrace(files.map((f) => JSON.parse(readCorpus(f)) as SegmentDocument));
}

/** Assembles hand-written documents as one trace. */
export function documentsTrace(...documents: SegmentDocument[]): Trace {
  return buildTestTrace(documents);
}

/** The node with this id; fails the test when it is missing. */
export function nodeOf(trace: Trace, id: string): TraceNode {
  const node = trace.nodes.get(id);
  if (node === undefined) throw new Error(`no node ${id} in trace ${trace.id}`);
  return node;
}
