import type { Entity } from "../model/SegmentDocument";
import type { TraceNodeKind } from "../model/TraceNode";
import type { MutableTraceNode } from "./MutableTraceNode";

/** The shared children array of leaves (frozen; replaced by a fresh array on the first child). */
export const NO_CHILDREN: MutableTraceNode[] = Object.freeze([]) as unknown as MutableTraceNode[];

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/**
 * A node for `entity`, not yet linked: `segment` points at itself, depth 0, no children. Times that
 * are not finite numbers (only possible for unvalidated input) become NaN, never a throw.
 */
export function createTraceNode(
  entity: Entity,
  kind: TraceNodeKind,
  documentIndex: number,
  parent: MutableTraceNode | null,
): MutableTraceNode {
  const end = entity.end_time;
  const inProgress = entity.in_progress === true || typeof end !== "number";
  const error = entity.error === true;
  const throttle = entity.throttle === true;
  const fault = entity.fault === true;
  const node: MutableTraceNode = {
    id: entity.id,
    kind,
    name: typeof entity.name === "string" ? entity.name : "",
    entity,
    segment: undefined as unknown as MutableTraceNode,
    parent,
    children: NO_CHILDREN,
    depth: 0,
    startTime: finiteOr(entity.start_time, finiteOr(end, NaN)),
    endTime: inProgress ? undefined : finiteOr(end, NaN),
    inProgress,
    error,
    throttle,
    fault,
    // the order of getEntityStatus, without reading the entity again
    status: fault
      ? "fault"
      : throttle
        ? "throttle"
        : error
          ? "error"
          : inProgress
            ? "pending"
            : "ok",
    origin: null,
    namespace: typeof entity.namespace === "string" ? entity.namespace : undefined,
    orphan: false,
    documentIndex,
  };
  node.segment = node;
  return node;
}

/** Appends `child` to `parent.children` (allocating the array on the first child). */
export function appendChild(parent: MutableTraceNode, child: MutableTraceNode): void {
  if (parent.children === NO_CHILDREN) parent.children = [child];
  else parent.children.push(child);
}
