import type { Entity } from "../../model/SegmentDocument";
import { JsonTree } from "./JsonTree";
import { ownEntries, ownValue } from "./readOwn";

export interface MetadataTabProps {
  readonly entity: Entity;
}

/** The Metadata tab: one collapsible JSON tree per namespace. */
export function MetadataTab({ entity }: MetadataTabProps) {
  return (
    <>
      {ownEntries(ownValue(entity, "metadata")).map(([namespace, value]) => (
        <section
          key={namespace}
          className="tl-details-namespace"
          aria-label={`Metadata ${namespace}`}
        >
          <JsonTree value={value} label={namespace} />
        </section>
      ))}
    </>
  );
}
