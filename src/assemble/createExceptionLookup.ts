import type { ExceptionRecord } from "../model/SegmentDocument";
import type { Trace } from "../model/Trace";
import type { TraceNode } from "../model/TraceNode";

/** Finds the exceptions recorded on an entity, resolving a `cause` given as an exception id. */
export interface ExceptionLookup {
  /** Exceptions of the node's `cause` (an inferred node without one: its calling subsegment's). */
  exceptionsOf(node: TraceNode): readonly ExceptionRecord[];
}

const NONE: readonly ExceptionRecord[] = [];

function recordsOf(cause: unknown): readonly ExceptionRecord[] | undefined {
  if (typeof cause !== "object" || cause === null) return undefined;
  const exceptions = (cause as { exceptions?: unknown }).exceptions;
  return Array.isArray(exceptions) ? exceptions : undefined;
}

/**
 * An ExceptionLookup over `trace`; the index of exception ids is built on the first `cause`
 * given as an id (most traces never need it).
 */
export function createExceptionLookup(trace: Omit<Trace, "summary">): ExceptionLookup {
  let byId: Map<string, ExceptionRecord> | undefined;
  const resolve = (id: string): readonly ExceptionRecord[] => {
    if (byId === undefined) {
      byId = new Map();
      for (const node of trace.nodes.values()) {
        const records = recordsOf(node.entity.cause);
        if (records === undefined) continue;
        for (const record of records) {
          if (typeof record?.id === "string" && !byId.has(record.id)) byId.set(record.id, record);
        }
      }
    }
    const found = byId.get(id);
    return found === undefined ? NONE : [found];
  };
  return {
    exceptionsOf(node: TraceNode): readonly ExceptionRecord[] {
      let cause = node.entity.cause;
      if (cause === undefined && node.kind === "inferred" && node.parent !== null) {
        cause = node.parent.entity.cause;
      }
      if (typeof cause === "string") return resolve(cause);
      return recordsOf(cause)?.filter((r) => typeof r === "object" && r !== null) ?? NONE;
    },
  };
}
