import type { ExceptionRecord } from "../model/SegmentDocument";
import type { Trace } from "../model/Trace";
import type { TraceNode } from "../model/TraceNode";

const NONE: readonly ExceptionRecord[] = [];

function recordsOf(cause: unknown): readonly ExceptionRecord[] | undefined {
  if (typeof cause !== "object" || cause === null) return undefined;
  const exceptions = (cause as { exceptions?: unknown }).exceptions;
  return Array.isArray(exceptions) ? exceptions : undefined;
}

/**
 * Finds the exceptions recorded on an entity of one trace, resolving a `cause` given as an
 * exception id; the index of exception ids is built on the first such cause (most traces never
 * need it).
 */
export class ExceptionLookup {
  private byId: Map<string, ExceptionRecord> | undefined;

  constructor(private readonly trace: Omit<Trace, "summary">) {}

  /** Exceptions of the node's `cause` (an inferred node without one: its calling subsegment's). */
  exceptionsOf(node: TraceNode): readonly ExceptionRecord[] {
    let cause = node.entity.cause;
    if (cause === undefined && node.kind === "inferred" && node.parent !== null) {
      cause = node.parent.entity.cause;
    }
    if (cause === undefined) return NONE;
    if (typeof cause === "string") return this.resolve(cause);
    return recordsOf(cause)?.filter((r) => typeof r === "object" && r !== null) ?? NONE;
  }

  private resolve(id: string): readonly ExceptionRecord[] {
    if (this.byId === undefined) {
      const byId = new Map<string, ExceptionRecord>();
      for (const node of this.trace.nodes.values()) {
        const records = recordsOf(node.entity.cause);
        if (records === undefined) continue;
        for (const record of records) {
          if (typeof record?.id === "string" && !byId.has(record.id)) byId.set(record.id, record);
        }
      }
      this.byId = byId;
    }
    const found = this.byId.get(id);
    return found === undefined ? NONE : [found];
  }
}
