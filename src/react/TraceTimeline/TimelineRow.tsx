import { memo, useCallback, type ReactNode } from "react";
import type { CriticalPathSection } from "../../timeline/computeCriticalPath";
import { describeTimelineRow, type TimelineRowCells } from "../../timeline/describeTimelineRow";
import type { TimelineRows } from "../../timeline/TimelineRows";
import { TimelineBar } from "./TimelineBar";

/** Stable callbacks shared by every row (one object per timeline, so rows stay memoized). */
export interface TimelineRowActions {
  readonly toggle: (row: number) => void;
  /** Click on a row: focus it and select it. */
  readonly activate: (row: number) => void;
  readonly register: (id: string, element: HTMLDivElement | null) => void;
}

export interface TimelineRowProps {
  readonly rows: TimelineRows;
  readonly row: number;
  /** Position among the visible rows (0-based). */
  readonly position: number;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly expanded: boolean;
  /** 0: no match; 1: a search match; 2: the current search match. */
  readonly match: 0 | 1 | 2;
  readonly dimmed: boolean;
  readonly critical: readonly CriticalPathSection[] | undefined;
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly actions: TimelineRowActions;
  readonly renderName?: (cells: TimelineRowCells) => ReactNode;
}

function rowClass(p: TimelineRowProps, cells: TimelineRowCells): string {
  let c = `tl-timeline-row tl-timeline-row-${cells.status}`;
  if (cells.kind === "group") c += " tl-timeline-row-group";
  if (p.selected) c += " tl-timeline-row-selected";
  if (p.dimmed) c += " tl-timeline-row-dimmed";
  if (p.match === 1) c += " tl-timeline-row-match";
  if (p.match === 2) c += " tl-timeline-row-match tl-timeline-row-current-match";
  if (p.critical !== undefined && p.critical.length > 0) c += " tl-timeline-row-critical";
  return c;
}

/**
 * One treegrid row: Name (indented, with a collapse toggle), Res., Duration, Status, and the bar.
 * Memoized: scrolling re-renders only rows entering the window; a row re-renders when its own
 * state (selection, focus, match, expansion, window) changes.
 */
export const TimelineRow = memo(function TimelineRow(props: TimelineRowProps) {
  const { rows, row, actions, renderName } = props;
  const cells = describeTimelineRow(rows, row);
  const id = cells.id;
  const ref = useCallback((el: HTMLDivElement | null) => actions.register(id, el), [actions, id]);
  const group = cells.kind === "group";
  // Indentation is a margin inside the cell, so every row's Name column has the same width.
  const indent = { marginLeft: cells.depth * 14 + (cells.hasChildren ? 0 : 16) };
  return (
    <div
      ref={ref}
      role="row"
      className={rowClass(props, cells)}
      data-row-id={id}
      data-kind={cells.kind}
      aria-rowindex={props.position + 2}
      aria-level={cells.depth + 1}
      aria-expanded={cells.hasChildren ? props.expanded : undefined}
      aria-selected={group ? undefined : props.selected}
      tabIndex={props.tabbable ? 0 : -1}
      onClick={() => actions.activate(row)}
    >
      <div role="gridcell" className="tl-timeline-cell tl-timeline-name">
        {cells.hasChildren ? (
          <span
            className="tl-timeline-toggle"
            style={indent}
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              actions.toggle(row);
            }}
          >
            {props.expanded ? "▾" : "▸"}
          </span>
        ) : null}
        <span
          className="tl-timeline-label"
          style={cells.hasChildren ? undefined : indent}
          title={cells.name}
        >
          {renderName ? renderName(cells) : cells.name}
        </span>
        {group && cells.origin !== null ? (
          <span className="tl-timeline-origin">{cells.origin}</span>
        ) : null}
        {cells.inferred ? <span className="tl-timeline-badge">inferred</span> : null}
        {cells.orphan ? <span className="tl-timeline-badge">orphan</span> : null}
      </div>
      <div role="gridcell" className="tl-timeline-cell tl-timeline-num tl-timeline-res">
        {cells.httpStatus ?? ""}
      </div>
      <div role="gridcell" className="tl-timeline-cell tl-timeline-num">
        {cells.durationLabel}
      </div>
      <div role="gridcell" className="tl-timeline-cell tl-timeline-status">
        {cells.statusLabel}
      </div>
      <div role="gridcell" className="tl-timeline-cell tl-timeline-track">
        <TimelineBar
          start={rows.start[row]}
          end={rows.end[row]}
          status={cells.status}
          inProgress={cells.inProgress}
          inferred={cells.inferred}
          group={group}
          windowStart={props.windowStart}
          windowEnd={props.windowEnd}
          sections={props.critical}
        />
      </div>
    </div>
  );
});
