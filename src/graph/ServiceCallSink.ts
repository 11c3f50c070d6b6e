import type { TraceNode } from "../model/TraceNode";

/**
 * What the derivation reports for each trace (internal): requests served by a node, calls along
 * an edge, client requests to root services, and asynchronous links.
 */
export interface ServiceCallSink {
  /** A segment (or inferred segment) served one request: counts on its node. */
  request(segment: TraceNode): void;
  /** `caller`'s service called `callee`'s; `view` is the entity whose statistics count. */
  call(caller: TraceNode, callee: TraceNode, view: TraceNode, edgeType: string | null): void;
  /** A root segment served a request from its client. */
  clientCall(root: TraceNode): void;
  /** `consumer` (a segment) links to `producer`, an entity of the same or another trace. */
  link(producer: TraceNode, consumer: TraceNode): void;
}
