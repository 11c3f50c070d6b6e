import type { ReactNode } from "react";

/** One row of a `KeyValueTable`. */
export interface KeyValueRow {
  readonly label: string;
  /** Text (rendered as text) or an element. */
  readonly value: ReactNode;
  /** Monospace value (ids, ARNs, queries). */
  readonly mono?: boolean;
}

export interface KeyValueTableProps {
  readonly rows: readonly KeyValueRow[];
  /** Shown above the table and names it for assistive technology. */
  readonly caption?: string;
}

/** A two-column table of labelled values, the building block of every details tab. */
export function KeyValueTable({ rows, caption }: KeyValueTableProps) {
  return (
    <table className="tl-details-kv">
      {caption !== undefined && <caption className="tl-details-kv-caption">{caption}</caption>}
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <th scope="row">{row.label}</th>
            <td className={row.mono === true ? "tl-details-mono" : undefined}>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
