import type { Entity } from "../../model/SegmentDocument";
import { formatDisplayValue } from "./formatDisplayValue";
import { KeyValueTable, type KeyValueRow } from "./KeyValueTable";
import { ownEntries, ownValue } from "./readOwn";

export interface SqlTabProps {
  readonly entity: Entity;
}

const fields: readonly (readonly [key: string, label: string, mono: boolean])[] = [
  ["url", "URL", true],
  ["connection_string", "Connection string", true],
  ["database_type", "Database type", false],
  ["database_version", "Database version", false],
  ["driver_version", "Driver version", false],
  ["user", "User", false],
  ["preparation", "Preparation", false],
];

/** The SQL tab: every `sql` field, with the sanitized query in monospace. */
export function SqlTab({ entity }: SqlTabProps) {
  const sql = ownValue(entity, "sql");
  const query = ownValue(sql, "sanitized_query");
  const known = new Set<string>(["sanitized_query", ...fields.map(([key]) => key)]);
  const rows: KeyValueRow[] = [];
  for (const [key, label, mono] of fields) {
    const value = ownValue(sql, key);
    if (value !== undefined) rows.push({ label, value: formatDisplayValue(value), mono });
  }
  for (const [key, value] of ownEntries(sql)) {
    if (!known.has(key)) rows.push({ label: key, value: formatDisplayValue(value) });
  }
  return (
    <>
      {query !== undefined && (
        <figure className="tl-details-sql">
          <figcaption>Sanitized query</figcaption>
          <pre className="tl-details-mono tl-details-pre">{formatDisplayValue(query)}</pre>
        </figure>
      )}
      {rows.length > 0 && <KeyValueTable rows={rows} />}
    </>
  );
}
