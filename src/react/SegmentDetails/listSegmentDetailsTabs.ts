import type { Entity } from "../../model/SegmentDocument";
import { collectResourceSections } from "./collectResourceSections";
import { asRecord, hasOwnKeys, ownValue } from "./readOwn";
import type { SegmentDetailsTab } from "./SegmentDetailsTab";

/** True when a `cause` has something to show: an exception id, exceptions, paths or a directory. */
export function hasCauseContent(cause: unknown): boolean {
  if (typeof cause === "string") return cause !== "";
  const record = asRecord(cause);
  if (record === undefined) return false;
  const exceptions = ownValue(record, "exceptions");
  const paths = ownValue(record, "paths");
  const directory = ownValue(record, "working_directory");
  return (
    (Array.isArray(exceptions) && exceptions.length > 0) ||
    (Array.isArray(paths) && paths.length > 0) ||
    (typeof directory === "string" && directory !== "")
  );
}

/**
 * The tabs that have something to show for an entity, in display order: Overview and Raw always;
 * Resources, Annotations, Metadata, Exceptions and SQL only when the entity has that content.
 */
export function listSegmentDetailsTabs(entity: Entity): readonly SegmentDetailsTab[] {
  const tabs: SegmentDetailsTab[] = ["overview"];
  if (collectResourceSections(entity).length > 0) tabs.push("resources");
  if (hasOwnKeys(ownValue(entity, "annotations"))) tabs.push("annotations");
  if (hasOwnKeys(ownValue(entity, "metadata"))) tabs.push("metadata");
  if (hasCauseContent(ownValue(entity, "cause"))) tabs.push("exceptions");
  if (hasOwnKeys(ownValue(entity, "sql"))) tabs.push("sql");
  tabs.push("raw");
  return tabs;
}
