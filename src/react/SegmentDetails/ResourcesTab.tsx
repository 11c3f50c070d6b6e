import type { Entity } from "../../model/SegmentDocument";
import { collectResourceSections } from "./collectResourceSections";
import { KeyValueTable } from "./KeyValueTable";

export interface ResourcesTabProps {
  readonly entity: Entity;
}

/** The Resources tab: the `aws` data (call, EC2, ECS, EKS, Beanstalk, Lambda, SDK), by section. */
export function ResourcesTab({ entity }: ResourcesTabProps) {
  return (
    <>
      {collectResourceSections(entity).map((section) => (
        <KeyValueTable key={section.title} caption={section.title} rows={section.rows} />
      ))}
    </>
  );
}
