import type { EntityStatus, TraceNode } from "../model/index";
import { formatTimelineDuration } from "./formatTimelineDuration";
import {
  ROW_FLAG,
  ROW_KIND,
  ROW_STATUS,
  type TimelineRowKind,
  type TimelineRows,
} from "./TimelineRows";

/** The console's columns for one row, ready to render as text. */
export interface TimelineRowCells {
  readonly id: string;
  readonly kind: TimelineRowKind;
  /** The node; null for group rows. */
  readonly node: TraceNode | null;
  readonly name: string;
  /** Service type of a group row or segment (`AWS::ECS::Container`); null when absent. */
  readonly origin: string | null;
  /** HTTP response status (the "Res." column); null when the entity has none. */
  readonly httpStatus: number | null;
  /** Seconds (to the end of the trace for in-progress entities). */
  readonly duration: number;
  /** `63 ms`, or `in progress`. */
  readonly durationLabel: string;
  readonly status: EntityStatus;
  /** `OK`, `Error`, `Throttle`, `Fault` or `Pending`. */
  readonly statusLabel: string;
  readonly depth: number;
  readonly hasChildren: boolean;
  readonly inProgress: boolean;
  readonly inferred: boolean;
  readonly orphan: boolean;
  readonly startsBeforeParent: boolean;
}

const STATUS_LABEL: Readonly<Record<EntityStatus, string>> = {
  ok: "OK",
  error: "Error",
  throttle: "Throttle",
  fault: "Fault",
  pending: "Pending",
};

/** The HTTP response status of a node's entity, or null. */
function httpStatusOf(node: TraceNode | null): number | null {
  const status = node?.entity.http?.response?.status;
  return typeof status === "number" && Number.isFinite(status) ? status : null;
}

/**
 * The cells of row `i`: name, origin, HTTP status, duration and status, as text the view renders.
 * @example describeTimelineRow(rows, 0).statusLabel // "Fault"
 */
export function describeTimelineRow(rows: TimelineRows, i: number): TimelineRowCells {
  const node = rows.nodes[i];
  const kind = ROW_KIND[rows.kind[i]];
  const flags = rows.flags[i];
  const status = ROW_STATUS[rows.status[i]];
  const inProgress = (flags & ROW_FLAG.inProgress) !== 0;
  const duration = rows.end[i] - rows.start[i];
  const group = node === null ? rows.groups[rows.group[i]] : null;
  return {
    id: rows.ids[i],
    kind,
    node,
    name: group !== null ? group.name : node!.name,
    origin: group !== null ? group.origin : kind === "subsegment" ? null : node!.origin,
    httpStatus: httpStatusOf(node),
    duration,
    durationLabel: inProgress ? "in progress" : formatTimelineDuration(duration),
    status,
    statusLabel: STATUS_LABEL[status],
    depth: rows.depth[i],
    hasChildren: rows.subtreeEnd[i] > i + 1,
    inProgress,
    inferred: (flags & ROW_FLAG.inferred) !== 0,
    orphan: (flags & ROW_FLAG.orphan) !== 0,
    startsBeforeParent: (flags & ROW_FLAG.startsBeforeParent) !== 0,
  };
}
