import { assembleTraces } from "../../../src/assemble/index";
import type { SegmentDocument } from "../../../src/model/SegmentDocument";
import type { Trace } from "../../../src/model/Trace";

/** Assembles hand-written documents (objects, as a reader would return them) into traces. */
export function assemble(documents: readonly unknown[]): readonly Trace[] {
  return assembleTraces(documents as SegmentDocument[]).traces;
}

/** A trace id whose random part ends in `n` (distinct per n). */
export const traceId = (n: number): string => `1-5f000000-${n.toString(16).padStart(24, "0")}`;

/** A 16-hex entity id from a small number and a tag digit. */
export const entityId = (n: number, tag = 0): string =>
  `${tag.toString(16)}${n.toString(16).padStart(15, "0")}`;
