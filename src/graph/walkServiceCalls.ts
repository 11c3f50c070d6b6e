import type { Trace } from "../model/Trace";
import type { TraceNode } from "../model/TraceNode";
import type { LinkResolver } from "./LinkResolver";
import type { ServiceCallSink } from "./ServiceCallSink";

/**
 * An asynchronous call: a Lambda Invoke with InvocationType Event. Only calls that reach a Lambda
 * service node are checked, so the walk reads no other subsegment's `aws` object.
 */
const isAsyncCall = (subsegment: TraceNode, callee: TraceNode): boolean => {
  if (callee.origin !== "AWS::Lambda") return false;
  const aws = subsegment.entity.aws;
  return aws !== undefined && aws !== null && aws.invocation_type === "Event";
};

/**
 * Reports one trace's requests, calls and links to `sink` (internal; xray-model.md §2): every
 * segment and inferred segment is a request on its node; its parent gives the call (the caller's
 * subsegment is the view, or the segment itself when its parent is a segment, as Lambda's function
 * segment under the Lambda service segment); a parentless segment that is not an orphan is a root
 * called by its client. A call from an orphan independent subsegment (its segment never arrived)
 * has no known caller and counts on its target node only. One pass over `trace.segments`.
 */
export function walkServiceCalls(trace: Trace, sink: ServiceCallSink, links: LinkResolver): void {
  const segments = trace.segments;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    sink.request(segment);
    const parent = segment.parent;
    if (parent === null) {
      if (!segment.orphan) sink.clientCall(segment);
    } else if (parent.kind === "subsegment") {
      // an orphan independent subsegment has no segment: the caller's service is unknown
      if (parent.segment.kind !== "subsegment") {
        sink.call(parent.segment, segment, parent, isAsyncCall(parent, segment) ? "link" : null);
      }
    } else {
      sink.call(parent.segment, segment, segment, null);
    }
    if (segment.kind === "segment") {
      const entityLinks = segment.entity.links;
      if (entityLinks !== undefined) links.resolve(trace, segment, entityLinks, sink);
    }
  }
  links.addTrace(trace, sink);
}
