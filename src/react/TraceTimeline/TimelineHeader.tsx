import type { TimelineTick } from "../../timeline/createTimelineScale";

export interface TimelineHeaderProps {
  /** Ticks with `x` in percent of the bar column. */
  readonly ticks: readonly TimelineTick[];
}

/** The column headers (Name, Res., Duration, Status) and the time axis above the bars. */
export function TimelineHeader({ ticks }: TimelineHeaderProps) {
  return (
    <div role="rowgroup" className="tl-timeline-head">
      <div role="row" aria-rowindex={1} className="tl-timeline-header-row">
        <div role="columnheader" className="tl-timeline-cell tl-timeline-name">
          Name
        </div>
        <div
          role="columnheader"
          className="tl-timeline-cell tl-timeline-num tl-timeline-res"
          title="HTTP status"
        >
          Res.
        </div>
        <div role="columnheader" className="tl-timeline-cell tl-timeline-num">
          Duration
        </div>
        <div role="columnheader" className="tl-timeline-cell tl-timeline-status">
          Status
        </div>
        <div role="columnheader" className="tl-timeline-cell tl-timeline-track tl-timeline-axis">
          <span className="tl-visually-hidden">Timeline</span>
          {ticks.map((tick) => (
            <span
              key={tick.time}
              className="tl-timeline-tick"
              style={{ left: `${tick.x}%` }}
              aria-hidden="true"
            >
              {tick.label}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}

/** Vertical tick lines behind the bars, pinned to the visible part of the scroll area. */
export function TimelineGridLines({ ticks, height }: TimelineHeaderProps & { height: number }) {
  return (
    <div className="tl-timeline-gridlines" aria-hidden="true">
      <div className="tl-timeline-cell tl-timeline-name" />
      <div className="tl-timeline-cell tl-timeline-res" />
      <div className="tl-timeline-cell tl-timeline-num" />
      <div className="tl-timeline-cell tl-timeline-status" />
      <div className="tl-timeline-cell tl-timeline-track">
        {ticks.map((tick) => (
          <span
            key={tick.time}
            className="tl-timeline-gridline"
            style={{ left: `${tick.x}%`, height }}
          />
        ))}
      </div>
    </div>
  );
}
