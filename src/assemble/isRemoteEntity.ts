import type { ExceptionRecord } from "../model/SegmentDocument";
import type { TraceNode } from "../model/TraceNode";

/** A root-cause entity is remote when it is inferred, an `aws`/`remote` call, or has a remote exception. */
export function isRemoteEntity(node: TraceNode, records: readonly ExceptionRecord[]): boolean {
  if (node.kind === "inferred" || node.namespace === "aws" || node.namespace === "remote") {
    return true;
  }
  for (const record of records) if (record.remote === true) return true;
  return false;
}
