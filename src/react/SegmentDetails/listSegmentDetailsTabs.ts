import type { TraceNode } from "../../model/TraceNode";
import { causeSourceOf } from "./causeSourceOf";
import { collectResourceSections } from "./collectResourceSections";
import { hasCauseContent } from "./hasCauseContent";
import { hasOwnKeys, ownValue } from "./readOwn";
import type { SegmentDetailsTab } from "./SegmentDetailsTab";

/**
 * The tabs that have something to show for a node, in display order: Overview and Raw always;
 * Resources, Annotations, Metadata, Exceptions and SQL only when its entity has that content (an
 * inferred segment shows the exceptions of the call it was inferred from).
 */
export function listSegmentDetailsTabs(node: TraceNode): readonly SegmentDetailsTab[] {
  const entity = node.entity;
  const tabs: SegmentDetailsTab[] = ["overview"];
  if (collectResourceSections(entity).length > 0) tabs.push("resources");
  if (hasOwnKeys(ownValue(entity, "annotations"))) tabs.push("annotations");
  if (hasOwnKeys(ownValue(entity, "metadata"))) tabs.push("metadata");
  if (hasCauseContent(ownValue(causeSourceOf(node).entity, "cause"))) tabs.push("exceptions");
  if (hasOwnKeys(ownValue(entity, "sql"))) tabs.push("sql");
  tabs.push("raw");
  return tabs;
}
