import type { Entity } from "../../model/SegmentDocument";
import { formatDisplayValue } from "./formatDisplayValue";
import { ownEntries, ownValue } from "./readOwn";

export interface AnnotationsTabProps {
  readonly entity: Entity;
}

/** The type X-Ray gives an annotation value; anything else is shown as invalid. */
function annotationType(value: unknown): string {
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return type;
  return `invalid (${value === null ? "null" : Array.isArray(value) ? "array" : type})`;
}

/** The Annotations tab: each key with its value and its type (string, number or boolean). */
export function AnnotationsTab({ entity }: AnnotationsTabProps) {
  const entries = ownEntries(ownValue(entity, "annotations"));
  return (
    <table className="tl-details-kv tl-details-annotations">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Value</th>
          <th scope="col">Type</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{key}</th>
            <td>{formatDisplayValue(value)}</td>
            <td className="tl-details-muted">{annotationType(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
