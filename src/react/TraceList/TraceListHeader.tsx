import { traceListColumns, type TraceListColumn } from "./traceListColumns";
import type { TraceListSort } from "./TraceListProps";

export interface TraceListHeaderProps {
  readonly sort: TraceListSort;
  /** Called with the column whose header was activated (click, Enter or Space on its button). */
  readonly onSort: (column: TraceListColumn) => void;
}

/**
 * The header row: one column header per column with `aria-sort` on the sorted one and a button
 * that sorts by it (again to reverse).
 */
export function TraceListHeader({ sort, onSort }: TraceListHeaderProps) {
  return (
    <div role="row" className="tl-tracelist-row tl-tracelist-header" aria-rowindex={1}>
      {traceListColumns.map((column) => {
        const sorted = sort.column === column.id;
        return (
          <div
            key={column.id}
            role="columnheader"
            className={column.numeric ? "tl-tracelist-cell tl-tracelist-num" : "tl-tracelist-cell"}
            aria-sort={sorted ? sort.direction : "none"}
          >
            <button
              type="button"
              className="tl-tracelist-sort"
              data-column={column.id}
              onClick={() => onSort(column.id)}
            >
              {column.label}
              <span className="tl-tracelist-sort-mark" aria-hidden="true">
                {sorted ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}
              </span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
