import type { ExceptionRecord } from "../../model/SegmentDocument";
import type { Trace } from "../../model/Trace";
import type { TraceNode } from "../../model/TraceNode";
import { asRecord, ownValue } from "./readOwn";

/** An exception and the node whose `cause` records it. */
export interface LocatedException {
  readonly exception: ExceptionRecord;
  readonly node: TraceNode;
}

/** The exceptions an entity's `cause` object records (none when `cause` is an id or absent). */
export function exceptionsOf(node: TraceNode): readonly ExceptionRecord[] {
  const exceptions = ownValue(asRecord(ownValue(node.entity, "cause")), "exceptions");
  return Array.isArray(exceptions)
    ? (exceptions as unknown[]).filter((e): e is ExceptionRecord => asRecord(e) !== undefined)
    : [];
}

/** Every node of the trace, or, without a trace, every node of the tree `node` belongs to. */
function* traceNodes(node: TraceNode, trace: Trace | undefined): Generator<TraceNode> {
  if (trace !== undefined) {
    yield* trace.nodes.values();
    return;
  }
  let top = node;
  while (top.parent !== null) top = top.parent;
  const stack: TraceNode[] = [top];
  while (stack.length > 0) {
    const next = stack.pop() as TraceNode;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
}

/**
 * Finds the exception with this id (a `cause` given as an exception id, or an exception's own
 * `cause`): first among `node`'s own exceptions, then anywhere in the trace. Iterative.
 */
export function findTraceException(
  id: string,
  node: TraceNode,
  trace?: Trace,
): LocatedException | undefined {
  const own = exceptionsOf(node).find((e) => ownValue(e, "id") === id);
  if (own !== undefined) return { exception: own, node };
  for (const candidate of traceNodes(node, trace)) {
    const exception = exceptionsOf(candidate).find((e) => ownValue(e, "id") === id);
    if (exception !== undefined) return { exception, node: candidate };
  }
  return undefined;
}
