import type { CSSProperties } from "react";
import type { EntityStatus } from "../../model/index";
import type { CriticalPathSection } from "../../timeline/computeCriticalPath";
import { statusColor } from "../theme/statusColor";

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
 * coloured by status, striped while in progress (it then runs to the end of the trace), outlined
 * for inferred segments. Outside the window it becomes an arrow at the edge.
 */
export function TimelineBar(props: TimelineBarProps) {
  const { start, end, status, windowStart: ws, windowEnd: we, sections } = props;
  const placed = place(start, end, ws, we);
  if (placed === null) {
    const before = end < ws;
    return (
      <span
        className={`tl-timeline-offscreen ${before ? "tl-timeline-offscreen-before" : ""}`}
        style={{ color: statusColor(status) }}
        aria-hidden="true"
      >
        {before ? "◂" : "▸"}
      </span>
    );
  }
  const color = statusColor(status);
  const style: CSSProperties = {
    left: `${placed[0]}%`,
    width: `${placed[1]}%`,
    background: props.inProgress
      ? `repeating-linear-gradient(135deg, ${color} 0 4px, transparent 4px 8px)`
      : props.group
        ? "transparent"
        : color,
    borderColor: color,
  };
  const className = [
    "tl-timeline-bar",
    props.group ? "tl-timeline-bar-group" : "",
    props.inProgress ? "tl-timeline-bar-pending" : "",
    props.inferred ? "tl-timeline-bar-inferred" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <>
      <span className={className} style={style} data-status={status} />
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
