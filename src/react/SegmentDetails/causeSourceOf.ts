import type { TraceNode } from "../../model/TraceNode";
import { hasCauseContent } from "./hasCauseContent";
import { ownValue } from "./readOwn";

/**
 * The node whose `cause` the Exceptions tab shows: the node itself, or, for an inferred segment
 * without a cause of its own, the subsegment it was inferred from (where the call's exception is
 * recorded).
 */
export function causeSourceOf(node: TraceNode): TraceNode {
  if (
    node.kind === "inferred" &&
    node.parent !== null &&
    !hasCauseContent(ownValue(node.entity, "cause")) &&
    hasCauseContent(ownValue(node.parent.entity, "cause"))
  ) {
    return node.parent;
  }
  return node;
}
