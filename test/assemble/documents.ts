/** Small builders of segment documents for the assembly tests, and tree helpers. */
import type {
  IndependentSubsegment,
  Segment,
  SegmentDocument,
  Subsegment,
} from "../../src/model/SegmentDocument";
import type { Trace } from "../../src/model/Trace";
import type { TraceNode } from "../../src/model/TraceNode";

export const TRACE = "1-5f000000-000000000000000000000001";
export const OTHER_TRACE = "1-5f000000-000000000000000000000002";

type Fields<T> = Partial<T> & Record<string, unknown>;

/** A complete segment named after its id, 100 s → 101 s unless `fields` says otherwise. */
export function segment(id: string, fields: Fields<Segment> = {}): Segment {
  return { id, name: id, trace_id: TRACE, start_time: 100, end_time: 101, ...fields } as Segment;
}

/** An embedded subsegment. */
export function subsegment(id: string, fields: Fields<Subsegment> = {}): Subsegment {
  return { id, name: id, start_time: 100, end_time: 101, ...fields } as Subsegment;
}

/** An independent subsegment document under `parentId`. */
export function independent(
  id: string,
  parentId: string,
  fields: Fields<Subsegment> = {},
): IndependentSubsegment {
  return {
    id,
    name: id,
    start_time: 100,
    end_time: 101,
    trace_id: TRACE,
    parent_id: parentId,
    type: "subsegment",
    ...fields,
  } as IndependentSubsegment;
}

/** Every node in tree pre-order (iterative). */
export function preorder(trace: Trace): TraceNode[] {
  const out: TraceNode[] = [];
  const stack = [...trace.roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** The tree as lines `depth:kind:id<parentId` in pre-order (inferred ids included). */
export function shape(trace: Trace): string[] {
  return preorder(trace).map((n) => `${n.depth}:${n.kind}:${n.id}<${n.parent?.id ?? "-"}`);
}

/** Child names of the node with `id`. */
export function childIds(trace: Trace, id: string): string[] {
  const node = trace.nodes.get(id);
  if (node === undefined) throw new Error(`no node ${id}`);
  return node.children.map((c) => c.id);
}

/** Freezes a document tree (iteratively) so any write to it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return value;
}

export type { SegmentDocument };
