import type { EntityStatus, Trace, TraceNode } from "../model/index";

/** What a row shows: a service heading, a segment, a subsegment, or an inferred segment. */
export type TimelineRowKind = "group" | "segment" | "subsegment" | "inferred";

/**
 * `service` (default, as the X-Ray console): one group row per service (segment name and origin),
 * then that service's segments with their nested subsegments; downstream segments sit in their own
 * group. `tree`: the assembled tree as is, downstream segments nested under the calling subsegment.
 */
export type TimelineGrouping = "service" | "tree";

/** Row kind codes stored in `TimelineRows.kind`. */
export const ROW_KIND: readonly TimelineRowKind[] = ["group", "segment", "subsegment", "inferred"];

/** Status codes stored in `TimelineRows.status`, in X-Ray's precedence order (fault worst). */
export const ROW_STATUS: readonly EntityStatus[] = ["ok", "pending", "error", "throttle", "fault"];

/** Bits of `TimelineRows.flags`. */
export const ROW_FLAG = {
  /** The entity is in progress; its bar runs to the end of the trace. */
  inProgress: 1,
  /** An inferred segment (a downstream service X-Ray infers from a call). */
  inferred: 2,
  /** The document names a parent that never arrived. */
  orphan: 4,
  /** Starts before the row above it in the hierarchy (drawn where it is, not clamped). */
  startsBeforeParent: 8,
  /** Ends after its parent row. */
  endsAfterParent: 16,
} as const;

/** A service heading: the segments of one service (same name and origin). */
export interface TimelineGroup {
  readonly name: string;
  /** The service type (`AWS::EC2::Instance`, ...); null when the segments have none. */
  readonly origin: string | null;
  /** Row index of the group row. */
  readonly row: number;
}

/**
 * The waterfall's rows in display (pre-)order, stored column-wise in typed arrays so a trace of
 * 1,000,000 entities costs a few arrays, not a million row objects. Row `i`'s subtree is the
 * range `[i, subtreeEnd[i])`, which lets flattening jump over collapsed or hidden subtrees.
 * Built once per trace by `computeTimelineRows`; never mutated.
 */
export interface TimelineRows {
  readonly trace: Trace;
  readonly grouping: TimelineGrouping;
  readonly count: number;
  /** Row ids: the node id, or a group id made by `timelineGroupId`. */
  readonly ids: readonly string[];
  /** The node of each row; null for group rows. */
  readonly nodes: readonly (TraceNode | null)[];
  /** Index into `ROW_KIND`. */
  readonly kind: Uint8Array;
  /** Index into `ROW_STATUS`; for group rows the worst status of the group's segments. */
  readonly status: Uint8Array;
  /** `ROW_FLAG` bits. */
  readonly flags: Uint8Array;
  /** 0 for top-level rows. */
  readonly depth: Uint32Array;
  /** Row index of the parent row, -1 at the top level. */
  readonly parent: Int32Array;
  /** Exclusive end of the row's subtree: rows `i + 1 .. subtreeEnd[i] - 1` are its descendants. */
  readonly subtreeEnd: Int32Array;
  /** Start, epoch seconds. */
  readonly start: Float64Array;
  /** End, epoch seconds; in-progress entities end at the end of the trace. */
  readonly end: Float64Array;
  /** Group of each row (index into `groups`); -1 in `tree` grouping. */
  readonly group: Int32Array;
  readonly groups: readonly TimelineGroup[];
  /** Earliest start and latest end over all rows, epoch seconds. */
  readonly startTime: number;
  readonly endTime: number;
  /** Row index of an id, or -1 (the index is built on first use, then O(1)). */
  readonly rowOf: (id: string) => number;
}
