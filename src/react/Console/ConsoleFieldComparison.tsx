import type { FieldComparison } from "../../analytics/compareFieldCounts";

export interface ConsoleFieldComparisonProps {
  /** `compareTraceSets(...).tables`. */
  readonly tables: readonly FieldComparison[];
  /** Applies a value's filter expression. */
  readonly onFilter: (expression: string) => void;
  /** Rows per field (largest |delta| first); default 8. */
  readonly limit?: number;
}

const pct = (fraction: number): string => `${(100 * fraction).toFixed(1)}%`;
const points = (delta: number): string =>
  `${delta >= 0 ? "+" : "−"}${Math.abs(100 * delta).toFixed(1)}`;

/**
 * X-Ray Analytics' compare tables: for each field, its values' share of set A and of set B and the
 * delta in percentage points (`compareTraceSets`); a value's button applies its filter expression.
 */
export function ConsoleFieldComparison({
  tables,
  onFilter,
  limit = 8,
}: ConsoleFieldComparisonProps) {
  return (
    <div className="tl-console-fields">
      {tables.map((table) => (
        <table
          key={table.field}
          className="tl-console-table"
          aria-label={`${table.field}: A versus B`}
        >
          <thead>
            <tr>
              <th>{table.field}</th>
              <th>A</th>
              <th>B</th>
              <th>Δ points</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, limit).map((row) => (
              <tr key={String(row.value)}>
                <td className="tl-console-url">
                  <button
                    type="button"
                    className="tl-console-link"
                    onClick={() => onFilter(row.expression)}
                  >
                    {String(row.value)}
                  </button>
                </td>
                <td className="tl-console-num">{pct(row.a.fraction)}</td>
                <td className="tl-console-num">{pct(row.b.fraction)}</td>
                <td className="tl-console-num">{points(row.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
