import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  type CSSProperties,
  type ReactNode,
  type Ref,
} from "react";
import {
  observeElementRect,
  useVirtualizer,
  type Range,
  type Virtualizer,
} from "@tanstack/react-virtual";
import type { CriticalPath } from "../../timeline/computeCriticalPath";
import type { TimelineFilter } from "../../timeline/computeTimelineFilter";
import type { TimelineTick } from "../../timeline/createTimelineScale";
import type { TimelineRowCells } from "../../timeline/describeTimelineRow";
import type { VisibleTimelineRows } from "../../timeline/computeVisibleTimelineRows";
import { ROW_KIND, type TimelineRows } from "../../timeline/TimelineRows";
import type { TimelineWindow } from "../../timeline/TimelineWindow";
import { sortedIndexOf } from "./sortedIndexOf";
import { TimelineGridLines, TimelineHeader } from "./TimelineHeader";
import { TimelineRow, type TimelineRowActions } from "./TimelineRow";
import { useRovingFocus } from "./useRovingFocus";
import { useTimelineKeyboard } from "./useTimelineKeyboard";

/** What the toolbar and the container ask of the body. */
export interface TimelineBodyHandle {
  /** Scrolls to a row (revealed by the caller) and focuses it. */
  readonly focusRow: (row: number) => void;
  /** The focused row or its nearest visible ancestor; -1 when none. */
  readonly currentRow: () => number;
}

export interface TimelineBodyProps {
  readonly handle: Ref<TimelineBodyHandle>;
  readonly rows: TimelineRows;
  readonly visible: VisibleTimelineRows;
  readonly filter: TimelineFilter | null;
  readonly matches: Int32Array;
  readonly currentMatch: number;
  readonly criticalPath: CriticalPath | null;
  readonly timeWindow: TimelineWindow;
  readonly ticks: readonly TimelineTick[];
  readonly selectedId: string | null;
  readonly collapsed: ReadonlySet<string>;
  readonly rowHeight: number;
  readonly height: number;
  readonly ariaLabel: string;
  readonly renderName?: (cells: TimelineRowCells) => ReactNode;
  readonly onToggle: (row: number, collapse?: boolean) => void;
  readonly onActivate: (row: number) => void;
  readonly onStepMatch: (direction: 1 | -1) => void;
  readonly onStepCritical: (direction: 1 | -1) => void;
}

const GROUP = ROW_KIND.indexOf("group");
/** Rows rendered beyond each edge of the viewport at rest (keyboard moves land on mounted rows). */
const OVERSCAN = 4;
/** While scrolling: rows rendered ahead of the viewport (none behind, they are leaving). */
const SCROLL_OVERSCAN = 2;

/**
 * The treegrid: header, and the rows through one virtualizer keyed by row id, so the DOM holds
 * only the rows in view (plus a small overscan) whatever the trace size.
 */
export function TimelineBody(props: TimelineBodyProps) {
  const { rows, visible, filter, matches, criticalPath, timeWindow, rowHeight, height } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((i: number) => rows.ids[visible.indices[i]], [rows, visible]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  // Where there is no layout (server, test DOMs) the element measures 0: use its declared height.
  const observeRect = useCallback<typeof observeElementRect<HTMLDivElement>>(
    (instance, callback) =>
      observeElementRect(instance, (rect) =>
        callback(rect.height > 0 ? rect : { width: rect.width, height }),
      ),
    [height],
  );
  // Overscan follows the scroll: rows behind a moving viewport would mount only to unmount.
  const instance = useRef<Virtualizer<HTMLDivElement, Element>>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const direction = instance.current?.isScrolling ? instance.current.scrollDirection : null;
    const before = direction === "forward" ? 0 : range.overscan;
    const after = direction === "backward" ? 0 : range.overscan;
    const start = Math.max(range.startIndex - before, 0);
    const end = Math.min(range.endIndex + after, range.count - 1);
    const indexes = new Array<number>(Math.max(0, end - start + 1));
    for (let i = 0; i < indexes.length; i++) indexes[i] = start + i;
    return indexes;
  }, []);
  const virtualizer = useVirtualizer({
    count: visible.count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    // A different value while scrolling also makes the range recompute when scrolling stops.
    overscan: instance.current?.isScrolling ? SCROLL_OVERSCAN : OVERSCAN,
    rangeExtractor,
    initialRect: { width: 800, height },
    observeElementRect: observeRect,
  });
  instance.current = virtualizer;
  const scrollToPosition = useCallback(
    (position: number) => virtualizer.scrollToIndex(position, { align: "auto" }),
    [virtualizer],
  );
  const focus = useRovingFocus(rows, visible, scrollToPosition);

  const latest = useRef(props);
  latest.current = props;
  const actions = useMemo<TimelineRowActions>(
    () => ({
      toggle: (row) => latest.current.onToggle(row),
      activate: (row) => {
        focus.focusRow(row);
        latest.current.onActivate(row);
      },
      register: focus.register,
    }),
    [focus.focusRow, focus.register],
  );
  useImperativeHandle(
    props.handle,
    () => ({ focusRow: focus.focusRow, currentRow: focus.currentRow }),
    [focus.focusRow, focus.currentRow],
  );

  const onKeyDown = useTimelineKeyboard({
    rows,
    visible,
    collapsed: props.collapsed,
    focus,
    pageSize: Math.max(1, Math.floor(height / rowHeight) - 1),
    setCollapsed: (row, collapse) => props.onToggle(row, collapse),
    activate: props.onActivate,
    stepMatch: props.onStepMatch,
    stepCritical: props.onStepCritical,
  });

  // Bring an externally selected row into view when it is visible.
  const selectedRow = props.selectedId === null ? -1 : rows.rowOf(props.selectedId);
  useEffect(() => {
    const position = selectedRow < 0 ? -1 : visible.positionOf(selectedRow);
    if (position >= 0) scrollToPosition(position);
    // Only when the selection changes, not when visibility does.
  }, [selectedRow]); // visible and scrollToPosition deliberately omitted

  // The same elements every scrolled frame, so React skips them.
  const header = useMemo(() => <TimelineHeader ticks={props.ticks} />, [props.ticks]);
  const gridLines = useMemo(
    () => <TimelineGridLines ticks={props.ticks} height={height} />,
    [props.ticks, height],
  );
  const items = virtualizer.getVirtualItems();
  const focusedPosition =
    focus.focusedId === null ? -1 : visible.positionOf(rows.rowOf(focus.focusedId));
  const rendered =
    items.length > 0 &&
    focusedPosition >= items[0].index &&
    focusedPosition <= items[items.length - 1].index;
  const tabbablePosition = rendered ? focusedPosition : (items[0]?.index ?? -1);

  return (
    <div
      role="treegrid"
      className="tl-timeline-grid"
      aria-label={props.ariaLabel}
      aria-rowcount={visible.count + 1}
      aria-colcount={5}
      aria-multiselectable={false}
      onKeyDown={onKeyDown}
    >
      {header}
      <div
        ref={scrollRef}
        className="tl-timeline-scroll"
        style={{ height, "--tl-timeline-row-height": `${rowHeight}px` } as CSSProperties}
      >
        {gridLines}
        <div className="tl-timeline-body" style={{ height: virtualizer.getTotalSize() }}>
          <div
            role="rowgroup"
            className="tl-timeline-rows"
            style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}
          >
            {items.map((item) => {
              const row = visible.indices[item.index];
              const id = rows.ids[row];
              const group = rows.kind[row] === GROUP;
              const matchState =
                sortedIndexOf(matches, row) >= 0 ? (props.currentMatch === row ? 2 : 1) : 0;
              const dimmed =
                filter !== null && filter.match[row] === 0 && !(group && filter.keep[row] === 1);
              return (
                <TimelineRow
                  key={item.key}
                  rows={rows}
                  row={row}
                  position={item.index}
                  selected={!group && id === props.selectedId}
                  tabbable={item.index === tabbablePosition}
                  expanded={!props.collapsed.has(id)}
                  match={matchState}
                  dimmed={dimmed}
                  critical={
                    criticalPath === null || group ? undefined : criticalPath.sectionsOf(id)
                  }
                  windowStart={timeWindow.start}
                  windowEnd={timeWindow.end}
                  actions={actions}
                  renderName={props.renderName}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
