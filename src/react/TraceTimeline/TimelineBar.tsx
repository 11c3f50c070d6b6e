import type { EntityStatus } from "../../model/index";
import type { CriticalPathSection } from "../../timeline/computeCriticalPath";

export interface TimelineBarProps {
  /** Epoch seconds. */
  readonly start: number;
  readonly end: number;
  readonly status: EntityStatus;
  readonly inProgress: boolean;
  readonly inferred: boolean;
  readonly group: boolean;
  readonly windowStart: number;
  readonly windowEnd: number;
  /** Critical-path sections of this row's node, drawn over the bar. */
  readonly sections?: readonly CriticalPathSection[];
}

/** Percent position of [s, e] clipped to the window, or null when entirely outside. */
function place(s: number, e: number, ws: number, we: number): [number, number] | null {
  if (e < ws || s > we) return null;
  const span = we - ws || 1e-9;
  const left = ((Math.max(s, ws) - ws) / span) * 100;
  const right = ((Math.min(e, we) - ws) / span) * 100;
  return [left, Math.max(0, right - left)];
}

/**
 * One row's bar on the time axis: placed where the entity ran (not clamped to its parent),
 * coloured by status (through the row's `tl-timeline-row-<status>` class), striped while in progress (it then runs to the end of the trace), outlined
 * for inferred segments. Outside the window it becomes an arrow at the edge.
 */
export function TimelineBar(props: TimelineBarProps) {
  const { start, end, status, windowStart: ws, windowEnd: we, sections } = props;
  const placed = place(start, end, ws, we);
  if (placed === null) {
    const before = end < ws;
    return (
      <span
        className={
          before ? "tl-timeline-offscreen tl-timeline-offscreen-before" : "tl-timeline-offscreen"
        }
        aria-hidden="true"
      >
        {before ? "◂" : "▸"}
      </span>
    );
  }
  let className = "tl-timeline-bar";
  if (props.group) className += " tl-timeline-bar-group";
  if (props.inProgress) className += " tl-timeline-bar-pending";
  if (props.inferred) className += " tl-timeline-bar-inferred";
  return (
    <>
      <span
        className={className}
        style={{ left: `${placed[0]}%`, width: `${placed[1]}%` }}
        data-status={status}
      />
      {sections?.map((section, k) => {
        const p = place(section.start, section.end, ws, we);
        return p === null ? null : (
          <span
            key={k}
            className="tl-timeline-critical"
            style={{ left: `${p[0]}%`, width: `${p[1]}%` }}
          />
        );
      })}
    </>
  );
}
