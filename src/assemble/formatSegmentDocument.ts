import type { TraceNode } from "../model/TraceNode";

const INDEPENDENT_KEYS = new Set(["type", "trace_id", "parent_id"]);

/** The entity's own fields without `subsegments` (and, when merged, without the independent keys). */
function ownFields(node: TraceNode, merged: boolean): string {
  const entity = node.entity;
  const dropIndependent = merged && entity.type === "subsegment";
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(entity)) {
    if (key === "subsegments" || (dropIndependent && INDEPENDENT_KEYS.has(key))) continue;
    copy[key] = entity[key];
  }
  return JSON.stringify(copy);
}

function embeddedChildren(node: TraceNode): readonly TraceNode[] {
  const children = node.children;
  let all = true;
  for (const child of children) if (child.kind !== "subsegment") all = false;
  return all ? children : children.filter((child) => child.kind === "subsegment");
}

/**
 * The full document of a segment node: its fields plus its subsegments as assembled (embedded
 * ones, and independent ones merged in without `type`/`trace_id`/`parent_id`), in tree order.
 * Written iteratively, so a 100,000-level chain does not overflow the stack as JSON.stringify would.
 */
export function formatSegmentDocument(top: TraceNode): string {
  const parts: string[] = [];
  const lists: (readonly TraceNode[])[] = [];
  const next: number[] = [];
  const open = (node: TraceNode, merged: boolean): void => {
    const head = ownFields(node, merged);
    const subsegments = embeddedChildren(node);
    if (subsegments.length === 0) {
      parts.push(head);
      return;
    }
    parts.push(head.length > 2 ? `${head.slice(0, -1)},"subsegments":[` : `{"subsegments":[`);
    lists.push(subsegments);
    next.push(0);
  };
  open(top, false);
  while (lists.length > 0) {
    const at = lists.length - 1;
    const list = lists[at];
    const i = next[at];
    if (i < list.length) {
      if (i > 0) parts.push(",");
      next[at] = i + 1;
      open(list[i], true);
    } else {
      parts.push("]}");
      lists.pop();
      next.pop();
    }
  }
  return parts.join("");
}
