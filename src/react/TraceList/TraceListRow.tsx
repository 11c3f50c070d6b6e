import { memo, useCallback, type ReactNode } from "react";
import { classifyTraceStatus } from "../../analytics/classifyTraceStatus";
import type { TraceSummaryLike } from "../../analytics/TraceSummaryLike";
import { statusColor } from "../theme/statusColor";
import { traceListColumns, type TraceListColumn } from "./traceListColumns";

/** Stable callbacks shared by every row (one object per list, so rows stay memoized). */
export interface TraceListRowActions {
  /** Click on a row: focus it and select it. */
  readonly activate: (position: number) => void;
  readonly register: (id: string, element: HTMLDivElement | null) => void;
}

export interface TraceListRowProps {
  readonly summary: TraceSummaryLike;
  /** Position in the sorted list (0-based). */
  readonly position: number;
  readonly top: number;
  readonly height: number;
  readonly now: number;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly actions: TraceListRowActions;
  readonly renderCell?: (column: TraceListColumn, summary: TraceSummaryLike) => ReactNode;
}

const STATUS_LABEL = { ok: "OK", error: "Error", throttle: "Throttle", fault: "Fault" } as const;

/** One trace: ID, age, method, response, response time, URL, client IP, annotation count. */
export const TraceListRow = memo(function TraceListRow(props: TraceListRowProps) {
  const { summary, actions, renderCell, now } = props;
  const id = summary.Id;
  const ref = useCallback((el: HTMLDivElement | null) => actions.register(id, el), [actions, id]);
  const status = classifyTraceStatus(summary);
  let className = "tl-tracelist-row tl-tracelist-data";
  if (props.selected) className += " tl-tracelist-selected";
  return (
    <div
      ref={ref}
      role="row"
      className={className}
      data-trace-id={id}
      data-status={status}
      data-position={props.position}
      aria-rowindex={props.position + 2}
      aria-selected={props.selected}
      tabIndex={props.tabbable ? 0 : -1}
      style={{ transform: `translateY(${props.top}px)`, height: props.height }}
      onClick={() => actions.activate(props.position)}
    >
      {traceListColumns.map((column) => {
        const custom = renderCell?.(column.id, summary);
        const text = column.text(summary, now);
        return (
          <div
            key={column.id}
            role="gridcell"
            className={column.numeric ? "tl-tracelist-cell tl-tracelist-num" : "tl-tracelist-cell"}
            title={column.numeric ? undefined : text}
          >
            {custom !== undefined ? (
              custom
            ) : column.id === "response" ? (
              <>
                <span
                  className="tl-tracelist-dot"
                  aria-hidden="true"
                  style={{ background: statusColor(status) }}
                />
                {text}
                {status === "ok" ? null : (
                  <span className="tl-visually-hidden"> {STATUS_LABEL[status]}</span>
                )}
              </>
            ) : (
              text
            )}
          </div>
        );
      })}
    </div>
  );
});
