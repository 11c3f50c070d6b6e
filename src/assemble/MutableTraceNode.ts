import type { Entity } from "../model/SegmentDocument";
import type { EntityStatus, TraceNodeKind } from "../model/TraceNode";

/**
 * A TraceNode while the assembly builds it (same fields, writable). Once `assembleTrace` returns,
 * nothing writes to it again and it is handed out typed as the readonly `TraceNode`.
 */
export interface MutableTraceNode {
  id: string;
  kind: TraceNodeKind;
  name: string;
  entity: Entity;
  segment: MutableTraceNode;
  parent: MutableTraceNode | null;
  children: MutableTraceNode[];
  depth: number;
  startTime: number;
  endTime: number | undefined;
  inProgress: boolean;
  error: boolean;
  throttle: boolean;
  fault: boolean;
  status: EntityStatus;
  origin: string | null;
  namespace: string | undefined;
  orphan: boolean;
  documentIndex: number;
}
