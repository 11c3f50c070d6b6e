/**
 * A small stand-in for `assembleTraces` while src/assemble lands: links one trace's documents
 * (embedded subsegments, independent subsegments, segments by parent_id) into TraceNodes that
 * follow src/model exactly. No inferred segments, no summaries (SegmentDetails reads neither).
 */
import type { Entity, SegmentDocument } from "../../../src/model/SegmentDocument";
import type { Trace } from "../../../src/model/Trace";
import type { EntityStatus, TraceNode } from "../../../src/model/TraceNode";
import type { TraceSummary } from "../../../src/model/TraceSummary";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Node = Mutable<Omit<TraceNode, "children" | "parent" | "segment">> & {
  children: Node[];
  parent: Node | null;
  segment: Node;
};

function statusOf(entity: Entity): EntityStatus {
  if (entity.fault === true) return "fault";
  if (entity.throttle === true) return "throttle";
  if (entity.error === true) return "error";
  if (entity.in_progress === true) return "pending";
  return "ok";
}

export function buildTestTrace(documents: readonly SegmentDocument[]): Trace {
  const nodes = new Map<string, Node>();
  const pending: { node: Node; parentId: string | undefined }[] = [];
  documents.forEach((document, documentIndex) => {
    const stack: { entity: Entity; owner: Node | null; embeddedIn: Node | null }[] = [
      { entity: document, owner: null, embeddedIn: null },
    ];
    while (stack.length > 0) {
      const { entity, owner, embeddedIn } = stack.pop()!;
      const isSegment = owner === null && entity.type !== "subsegment";
      const node = {
        id: entity.id,
        kind: entity.inferred === true ? "inferred" : isSegment ? "segment" : "subsegment",
        name: entity.name,
        entity,
        parent: null,
        children: [],
        depth: 0,
        startTime: entity.start_time,
        endTime: entity.end_time,
        inProgress: entity.in_progress === true,
        error: entity.error === true,
        throttle: entity.throttle === true,
        fault: entity.fault === true,
        status: statusOf(entity),
        origin: null,
        namespace: typeof entity.namespace === "string" ? entity.namespace : undefined,
        orphan: false,
        documentIndex,
      } as unknown as Node;
      node.segment = isSegment ? node : (owner ?? node);
      nodes.set(node.id, node);
      if (embeddedIn !== null) {
        node.parent = embeddedIn;
        embeddedIn.children.push(node);
      } else {
        pending.push({ node, parentId: entity.parent_id as string | undefined });
      }
      for (const child of entity.subsegments ?? []) {
        stack.push({ entity: child, owner: node.segment, embeddedIn: node });
      }
    }
  });
  const roots: Node[] = [];
  for (const { node, parentId } of pending) {
    const parent = parentId === undefined ? undefined : nodes.get(parentId);
    if (parent === undefined) {
      node.orphan = parentId !== undefined;
      roots.push(node);
    } else {
      node.parent = parent;
      parent.children.push(node);
      if (node.kind === "subsegment") node.segment = parent.segment;
    }
  }
  const all = [...nodes.values()];
  for (const node of all) {
    node.children.sort((a, b) => a.startTime - b.startTime);
    node.origin =
      typeof node.segment.entity.origin === "string" ? node.segment.entity.origin : null;
  }
  const depthStack = roots.map((r) => r);
  while (depthStack.length > 0) {
    const node = depthStack.pop()!;
    for (const child of node.children) {
      child.depth = node.depth + 1;
      depthStack.push(child);
    }
  }
  roots.sort((a, b) => Number(a.orphan) - Number(b.orphan) || a.startTime - b.startTime);
  const root = roots.find((r) => !r.orphan) ?? null;
  return {
    id:
      typeof documents[0]?.trace_id === "string"
        ? documents[0].trace_id
        : "1-00000000-000000000000000000000000",
    root,
    roots,
    nodes,
    segments: all.filter((n) => n.kind !== "subsegment").sort((a, b) => a.startTime - b.startTime),
    startTime: Math.min(...all.map((n) => n.startTime)),
    endTime: Math.max(...all.map((n) => n.endTime ?? n.startTime)),
    summary: {} as TraceSummary,
    diagnostics: [],
  };
}
