import type { Diagnostic } from "../model/Diagnostic";
import type { SegmentDocument } from "../model/SegmentDocument";
import type { Trace } from "../model/Trace";
import type { TraceNode } from "../model/TraceNode";
import type { TraceSummary } from "../model/TraceSummary";
import type { MutableTraceNode } from "./MutableTraceNode";
import { buildTraceNodes } from "./buildTraceNodes";
import { compareNodes } from "./compareNodes";
import { computeTraceSummary } from "./computeTraceSummary";
import { createAssemblyDiagnostic } from "./createAssemblyDiagnostic";
import { createInferredSegment } from "./createInferredSegment";
import { appendChild, createTraceNode } from "./createTraceNode";
import { deriveInferredId } from "./deriveInferredId";
import { entityPath } from "./entityPath";
import { linkDocuments } from "./linkDocuments";
import { orderChildren } from "./orderChildren";

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

/** Scratch stacks of the walk, reused by every call (the walk never re-enters). */
const STACK: MutableTraceNode[] = [];
/** Parallel to STACK: the node sits under an aws/remote subsegment of its own segment. */
const BELOW: boolean[] = [];

function isCall(node: MutableTraceNode): boolean {
  return node.kind === "subsegment" && (node.namespace === "aws" || node.namespace === "remote");
}

function isClaimed(node: MutableTraceNode, cycleParentIds: ReadonlySet<string>): boolean {
  for (const child of node.children) if (child.kind !== "subsegment") return true;
  return cycleParentIds.size > 0 && cycleParentIds.has(node.id);
}

/**
 * Assembles the documents `indices` (all of trace `traceId`) into one Trace: picks one document
 * per id, builds and links the nodes, then walks the forest once (iteratively, pre-order) to set
 * depth, segment and origin, add inferred segments, order children and report children that
 * start before their parent. Diagnostics are appended to `diagnostics` and kept on the trace. The
 * summary is computed by `computeTraceSummary` on first read of `trace.summary`, then kept.
 */
export function assembleTrace(
  documents: readonly SegmentDocument[],
  indices: readonly number[],
  traceId: string,
  inferSegments: boolean,
  diagnostics: Diagnostic[],
): Trace {
  const own: Diagnostic[] = [];
  const set = buildTraceNodes(documents, indices, traceId, own);
  const { nodes } = set;
  const { root, roots, cycleParentIds } = linkDocuments(set, traceId, own);

  const segments: MutableTraceNode[] = [];
  const stringCauses: MutableTraceNode[] = [];
  let startTime = Infinity;
  let endTime = -Infinity;
  const stack = STACK;
  const below = BELOW;
  stack.length = 0;
  below.length = 0;
  for (let i = roots.length - 1; i >= 0; i--) {
    stack.push(roots[i]);
    below.push(false);
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    const underCall = below.pop()!;
    const parent = node.parent;
    if (parent === null) {
      node.depth = 0;
    } else {
      node.depth = parent.depth + 1;
      if (node.kind === "subsegment") node.segment = parent.segment;
      if (node.startTime < parent.startTime) {
        own.push(
          createAssemblyDiagnostic(
            "child-before-parent",
            "info",
            `${node.id} starts ${(parent.startTime - node.startTime).toFixed(6)} s before its parent ${parent.id}`,
            node.documentIndex,
            entityPath(node, documents),
            traceId,
            node.id,
          ),
        );
      }
    }
    if (node.segment !== node) {
      node.origin = node.segment.origin; // the segment was visited first (pre-order)
    } else {
      const origin = node.entity.origin;
      node.origin = typeof origin === "string" ? origin : null;
    }
    if (node.kind !== "subsegment") segments.push(node);
    if (node.startTime < startTime) startTime = node.startTime;
    const last = node.endTime ?? node.startTime;
    if (last > endTime) endTime = last;
    if (typeof node.entity.cause === "string") stringCauses.push(node);

    const call = isCall(node);
    if (inferSegments && call && !underCall && !isClaimed(node, cycleParentIds)) {
      let attempt = 0;
      let id = deriveInferredId(node.id);
      while (nodes.has(id)) id = deriveInferredId(node.id, ++attempt);
      const inferred = createTraceNode(
        createInferredSegment(node.entity, id, traceId),
        "inferred",
        -1,
        node,
      );
      nodes.set(id, inferred);
      appendChild(node, inferred);
    }
    let children = node.children;
    if (children.length > 1) {
      orderChildren(children);
      // an exact-size copy: arrays grown by push keep ~16 spare slots each
      node.children = children = children.slice();
    }
    const childBelow = underCall || call;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      stack.push(child);
      below.push(child.kind === "subsegment" && childBelow);
    }
  }
  if (stringCauses.length > 0) reportUnresolvedCauses(stringCauses, nodes, documents, traceId, own);
  if (segments.length > 1) segments.sort(compareNodes);
  for (const d of own) diagnostics.push(d);

  let summary: TraceSummary | undefined;
  const trace: Trace = {
    id: traceId,
    root: root as TraceNode | null,
    roots: roots as readonly TraceNode[],
    nodes: nodes as ReadonlyMap<string, TraceNode>,
    segments: segments.slice() as readonly TraceNode[], // exact size
    startTime: startTime === Infinity ? NaN : startTime,
    endTime: endTime === -Infinity ? NaN : endTime,
    /** Computed on first read (then kept): assembly does not pay for summaries nobody reads. */
    get summary(): TraceSummary {
      return (summary ??= computeTraceSummary(trace));
    },
    diagnostics: own.length === 0 ? NO_DIAGNOSTICS : own,
  };
  return trace;
}

function reportUnresolvedCauses(
  stringCauses: readonly MutableTraceNode[],
  nodes: ReadonlyMap<string, MutableTraceNode>,
  documents: readonly SegmentDocument[],
  traceId: string,
  diagnostics: Diagnostic[],
): void {
  const exceptionIds = new Set<string>();
  for (const node of nodes.values()) {
    const cause = node.entity.cause;
    if (typeof cause !== "object" || cause === null || !Array.isArray(cause.exceptions)) continue;
    for (const exception of cause.exceptions) {
      if (typeof exception?.id === "string") exceptionIds.add(exception.id);
    }
  }
  for (const node of stringCauses) {
    const id = node.entity.cause as string;
    if (exceptionIds.has(id)) continue;
    diagnostics.push(
      createAssemblyDiagnostic(
        "unresolved-cause",
        "warning",
        `cause ${id} of ${node.id} names no exception recorded in the trace`,
        node.documentIndex,
        `${entityPath(node, documents)}.cause`,
        traceId,
        node.id,
      ),
    );
  }
}
