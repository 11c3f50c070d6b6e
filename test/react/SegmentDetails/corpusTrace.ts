/** Corpus documents assembled into traces for the SegmentDetails tests. */
import { assembleTraces } from "../../../src/assemble/index";
import type { SegmentDocument } from "../../../src/model/SegmentDocument";
import type { Trace } from "../../../src/model/Trace";
import type { TraceNode } from "../../../src/model/TraceNode";
import { readCorpus } from "../../support/corpus";

/** Parses corpus files (each one document) and assembles them as one trace. */
export function corpusTrace(...files: string[]): Trace {
  return documentsTrace(...files.map((f) => JSON.parse(readCorpus(f)) as SegmentDocument));
}

/** Assembles hand-written documents as one trace. */
export function documentsTrace(...documents: SegmentDocument[]): Trace {
  const { traces } = assembleTraces(documents);
  if (traces.length !== 1) throw new Error(`expected one trace, got ${traces.length}`);
  return traces[0];
}

/** The node with this id; fails the test when it is missing. */
export function nodeOf(trace: Trace, id: string): TraceNode {
  const node = trace.nodes.get(id);
  if (node === undefined) throw new Error(`no node ${id} in trace ${trace.id}`);
  return node;
}
