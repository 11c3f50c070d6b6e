import type { Trace, TraceNode } from "../model/index";
import { timelineGroupId } from "./timelineGroupId";
import {
  ROW_FLAG,
  ROW_KIND,
  ROW_STATUS,
  type TimelineGroup,
  type TimelineGrouping,
  type TimelineRows,
} from "./TimelineRows";

export interface TimelineRowsOptions {
  /** `service` (default): X-Ray's group row per service; `tree`: the assembled tree as is. */
  readonly grouping?: TimelineGrouping;
}

const KIND_CODE: Readonly<Record<string, number>> = Object.freeze({
  group: ROW_KIND.indexOf("group"),
  segment: ROW_KIND.indexOf("segment"),
  subsegment: ROW_KIND.indexOf("subsegment"),
  inferred: ROW_KIND.indexOf("inferred"),
});
const STATUS_CODE: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(ROW_STATUS.map((s, i) => [s, i])),
);
const GROUP = KIND_CODE.group;

/** Growable typed columns; rows are appended in pre-order. */
class Columns {
  capacity: number;
  kind: Uint8Array;
  status: Uint8Array;
  flags: Uint8Array;
  depth: Uint32Array;
  parent: Int32Array;
  group: Int32Array;
  start: Float64Array;
  end: Float64Array;
  constructor(capacity: number) {
    this.capacity = Math.max(16, capacity);
    this.kind = new Uint8Array(this.capacity);
    this.status = new Uint8Array(this.capacity);
    this.flags = new Uint8Array(this.capacity);
    this.depth = new Uint32Array(this.capacity);
    this.parent = new Int32Array(this.capacity);
    this.group = new Int32Array(this.capacity);
    this.start = new Float64Array(this.capacity);
    this.end = new Float64Array(this.capacity);
  }
  ensure(count: number): void {
    if (count <= this.capacity) return;
    const next = new Columns(this.capacity * 2);
    next.kind.set(this.kind);
    next.status.set(this.status);
    next.flags.set(this.flags);
    next.depth.set(this.depth);
    next.parent.set(this.parent);
    next.group.set(this.group);
    next.start.set(this.start);
    next.end.set(this.end);
    Object.assign(this, next);
  }
}

/** Row id of the group that holds subsegments whose parent segment never arrived. */
export const ORPHAN_GROUP_ID = "group:orphans";

/** Top-level entries of the display: segments grouped by service, or the trace's roots. */
function topLevel(trace: Trace, grouping: TimelineGrouping) {
  const groupKeys: string[] = [];
  const members = new Map<string, { name: string; origin: string | null; nodes: TraceNode[] }>();
  if (grouping === "tree") return { groupKeys, members };
  const add = (key: string, name: string, origin: string | null, node: TraceNode) => {
    let entry = members.get(key);
    if (entry === undefined) {
      entry = { name, origin, nodes: [] };
      members.set(key, entry);
      groupKeys.push(key);
    }
    entry.nodes.push(node);
  };
  const orphanSubsegments = trace.roots.filter((root) => root.kind === "subsegment");
  let o = 0;
  for (const node of trace.segments) {
    // Orphaned subsegments (no segment to belong to) share one group, placed by the first one.
    while (o < orphanSubsegments.length && orphanSubsegments[o].startTime < node.startTime) {
      add(ORPHAN_GROUP_ID, "Orphaned subsegments", null, orphanSubsegments[o++]);
    }
    add(timelineGroupId(node.name, node.origin), node.name, node.origin, node);
  }
  while (o < orphanSubsegments.length) {
    add(ORPHAN_GROUP_ID, "Orphaned subsegments", null, orphanSubsegments[o++]);
  }
  return { groupKeys, members };
}

/**
 * Builds the waterfall's rows from an assembled trace, iteratively (no recursion; a 100,000-deep
 * trace is fine), in O(n) plus a sort of the top-level segments. Children keep the assembly's
 * order (by start time). In-progress entities end at the end of the trace; subsegments starting
 * before their parent keep their own start (flagged `startsBeforeParent`, not clamped).
 * @example
 * const rows = computeTimelineRows(trace); // grouping "service"
 * rows.ids[0]; // the first service's group row id
 */
export function computeTimelineRows(trace: Trace, options: TimelineRowsOptions = {}): TimelineRows {
  const grouping = options.grouping ?? "service";
  const { groupKeys, members } = topLevel(trace, grouping);
  const cols = new Columns(trace.nodes.size + groupKeys.length);
  const ids: string[] = [];
  const nodes: (TraceNode | null)[] = [];
  const groups: TimelineGroup[] = [];
  const traceStart = Number.isFinite(trace.startTime) ? trace.startTime : 0;
  const traceEnd = Number.isFinite(trace.endTime) ? trace.endTime : traceStart;
  let count = 0;

  // Explicit DFS stack: node, parent row, depth, group.
  const stackNode: TraceNode[] = [];
  const stackParent: number[] = [];
  const stackDepth: number[] = [];

  const emitNode = (node: TraceNode, parentRow: number, depth: number, group: number): void => {
    cols.ensure(count + 1);
    const i = count++;
    ids.push(node.id);
    nodes.push(node);
    cols.kind[i] = KIND_CODE[node.kind] ?? KIND_CODE.subsegment;
    cols.status[i] = STATUS_CODE[node.status] ?? 0;
    const start = Number.isFinite(node.startTime) ? node.startTime : traceStart;
    const end =
      node.endTime === undefined || node.inProgress || !Number.isFinite(node.endTime)
        ? Math.max(start, traceEnd)
        : Math.max(start, node.endTime);
    cols.start[i] = start;
    cols.end[i] = end;
    cols.depth[i] = depth;
    cols.parent[i] = parentRow;
    cols.group[i] = group;
    let flags = 0;
    if (node.inProgress || node.endTime === undefined) flags |= ROW_FLAG.inProgress;
    if (node.kind === "inferred") flags |= ROW_FLAG.inferred;
    if (node.orphan) flags |= ROW_FLAG.orphan;
    if (parentRow >= 0 && cols.kind[parentRow] !== GROUP) {
      if (start < cols.start[parentRow]) flags |= ROW_FLAG.startsBeforeParent;
      if (end > cols.end[parentRow]) flags |= ROW_FLAG.endsAfterParent;
    }
    cols.flags[i] = flags;
    const children = node.children;
    for (let c = children.length - 1; c >= 0; c--) {
      const child = children[c];
      if (grouping === "service" && child.kind !== "subsegment") continue;
      stackNode.push(child);
      stackParent.push(i);
      stackDepth.push(depth + 1);
    }
  };

  const drain = (group: number): void => {
    while (stackNode.length > 0) {
      const node = stackNode.pop() as TraceNode;
      const parentRow = stackParent.pop() as number;
      const depth = stackDepth.pop() as number;
      emitNode(node, parentRow, depth, group);
    }
  };

  if (grouping === "tree") {
    for (const root of trace.roots) {
      emitNode(root, -1, 0, -1);
      drain(-1);
    }
  } else {
    for (const key of groupKeys) {
      const entry = members.get(key)!;
      const g = groups.length;
      cols.ensure(count + 1);
      const row = count++;
      groups.push({ name: entry.name, origin: entry.origin, row });
      ids.push(key);
      nodes.push(null);
      cols.kind[row] = GROUP;
      cols.parent[row] = -1;
      cols.group[row] = g;
      cols.start[row] = Infinity;
      cols.end[row] = -Infinity;
      for (let s = entry.nodes.length - 1; s >= 0; s--) {
        stackNode.push(entry.nodes[s]);
        stackParent.push(row);
        stackDepth.push(1);
      }
      drain(g);
    }
  }

  // Subtree ends, and group rows' extent and status, in one reverse pass (children come after
  // their parent in pre-order, so every child is folded in before its parent is read).
  const subtreeEnd = new Int32Array(count);
  let startTime = Infinity;
  let endTime = -Infinity;
  for (let i = count - 1; i >= 0; i--) {
    if (subtreeEnd[i] === 0) subtreeEnd[i] = i + 1;
    const p = cols.parent[i];
    if (p >= 0) {
      if (subtreeEnd[i] > subtreeEnd[p]) subtreeEnd[p] = subtreeEnd[i];
      if (cols.kind[p] === GROUP) {
        if (cols.start[i] < cols.start[p]) cols.start[p] = cols.start[i];
        if (cols.end[i] > cols.end[p]) cols.end[p] = cols.end[i];
        if (cols.status[i] > cols.status[p]) cols.status[p] = cols.status[i];
      }
    }
    if (cols.start[i] < startTime) startTime = cols.start[i];
    if (cols.end[i] > endTime) endTime = cols.end[i];
  }
  if (count === 0) {
    startTime = trace.startTime;
    endTime = trace.endTime;
  }

  let index: Map<string, number> | null = null;
  const rowOf = (id: string): number => {
    if (index === null) {
      index = new Map();
      for (let i = 0; i < count; i++) if (!index.has(ids[i])) index.set(ids[i], i);
    }
    return index.get(id) ?? -1;
  };

  return Object.freeze({
    trace,
    grouping,
    count,
    ids,
    nodes,
    kind: cols.kind.subarray(0, count),
    status: cols.status.subarray(0, count),
    flags: cols.flags.subarray(0, count),
    depth: cols.depth.subarray(0, count),
    parent: cols.parent.subarray(0, count),
    subtreeEnd,
    start: cols.start.subarray(0, count),
    end: cols.end.subarray(0, count),
    group: cols.group.subarray(0, count),
    groups,
    startTime,
    endTime,
    rowOf,
  });
}
