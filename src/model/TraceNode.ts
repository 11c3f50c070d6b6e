import type { Entity } from "./SegmentDocument";

/** `segment`: a document a service sent; `subsegment`: work inside one; `inferred`: a downstream
 * service X-Ray infers from an `aws`/`remote` subsegment that no segment claims. */
export type TraceNodeKind = "segment" | "subsegment" | "inferred";

/** Console status of an entity: fault (5xx) > throttle (429) > error (4xx) > pending > ok. */
export type EntityStatus = "ok" | "error" | "throttle" | "fault" | "pending";

/**
 * One entity in an assembled trace. The tree spans services: a segment's parent is the calling
 * subsegment in the document of another service. Built by `assembleTraces`; never mutated afterwards.
 */
export interface TraceNode {
  readonly id: string;
  readonly kind: TraceNodeKind;
  readonly name: string;
  /** The entity as received (for an embedded subsegment, the object inside its parent), or the
   * synthesized inferred segment. */
  readonly entity: Entity;
  /** The segment (or inferred segment) node this entity belongs to: itself for segments. For
   * subsegments whose segment never arrived: the top node of their orphan subtree. */
  readonly segment: TraceNode;
  /** Parent in the assembled tree; null for roots and orphans. */
  readonly parent: TraceNode | null;
  /** Children ordered by start time (precursor_ids respected on ties). */
  readonly children: readonly TraceNode[];
  /** 0 for roots. */
  readonly depth: number;
  /** Epoch seconds. */
  readonly startTime: number;
  /** Epoch seconds; undefined while in progress. */
  readonly endTime: number | undefined;
  readonly inProgress: boolean;
  readonly error: boolean;
  readonly throttle: boolean;
  readonly fault: boolean;
  readonly status: EntityStatus;
  /** `origin` of the node's segment (service type), e.g. `AWS::ECS::Container`; null when absent. */
  readonly origin: string | null;
  /** `namespace` of a subsegment (`aws`, `remote`, ...). */
  readonly namespace: string | undefined;
  /** True when the document names a parent that never arrived, or the node sits in a parent cycle. */
  readonly orphan: boolean;
  /** Index of the document (in the assembly input) this entity came from; -1 for inferred nodes. */
  readonly documentIndex: number;
}
