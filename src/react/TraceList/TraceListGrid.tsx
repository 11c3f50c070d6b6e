import { useCallback, useMemo, useRef, type KeyboardEvent, type ReactNode } from "react";
import { observeElementRect, useVirtualizer } from "@tanstack/react-virtual";
import type { TraceSummaryLike } from "../../analytics/TraceSummaryLike";
import type { TraceListColumn } from "./traceListColumns";
import { TraceListHeader } from "./TraceListHeader";
import type { TraceListSort } from "./TraceListProps";
import { TraceListRow, type TraceListRowActions } from "./TraceListRow";
import { useTraceListFocus } from "./useTraceListFocus";

export interface TraceListGridProps {
  readonly count: number;
  /** The summary shown at a sorted position. */
  readonly summaryAt: (position: number) => TraceSummaryLike;
  readonly now: number;
  readonly sort: TraceListSort;
  readonly onSort: (column: TraceListColumn) => void;
  readonly selectedId: string | null;
  /** Select the trace at a position. */
  readonly onActivate: (position: number) => void;
  readonly height: number;
  readonly rowHeight: number;
  readonly ariaLabel: string;
  readonly renderCell?: (column: TraceListColumn, summary: TraceSummaryLike) => ReactNode;
}

const COLUMNS = 8;

/**
 * The grid: a header row and the rows through one virtualizer keyed by trace id, so the DOM holds
 * only the rows in view (plus a small overscan) however many traces there are. Keys: ↑/↓,
 * Page Up/Down, Home/End move the focus; Enter or Space selects.
 */
export function TraceListGrid(props: TraceListGridProps) {
  const { count, summaryAt, height, rowHeight } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((i: number) => summaryAt(i).Id, [summaryAt]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  // Where there is no layout (server, test DOMs) the element measures 0: use its declared height.
  const observeRect = useCallback<typeof observeElementRect<HTMLDivElement>>(
    (instance, callback) =>
      observeElementRect(instance, (rect) =>
        callback(rect.height > 0 ? rect : { width: rect.width, height }),
      ),
    [height],
  );
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 6,
    initialRect: { width: 800, height },
    observeElementRect: observeRect,
  });
  const idAt = useCallback(
    (p: number) => (p >= 0 && p < count ? summaryAt(p).Id : undefined),
    [count, summaryAt],
  );
  const scrollTo = useCallback(
    (p: number) => virtualizer.scrollToIndex(p, { align: "auto" }),
    [virtualizer],
  );
  const focus = useTraceListFocus(idAt, scrollTo);

  const latest = useRef(props);
  latest.current = props;
  const actions = useMemo<TraceListRowActions>(
    () => ({
      activate: (position) => {
        focus.focusPosition(position);
        latest.current.onActivate(position);
      },
      register: focus.register,
    }),
    [focus.focusPosition, focus.register],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>("[data-position]");
    const at = row === null ? -1 : Number(row.dataset.position);
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const last = count - 1;
    let next: number;
    switch (event.key) {
      case "ArrowDown":
        next = Math.min(last, at + 1);
        break;
      case "ArrowUp":
        next = Math.max(0, at - 1);
        break;
      case "PageDown":
        next = Math.min(last, at + page);
        break;
      case "PageUp":
        next = Math.max(0, at - page);
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = last;
        break;
      case "Enter":
      case " ":
        if (at < 0) return;
        event.preventDefault();
        actions.activate(at);
        return;
      default:
        return;
    }
    if (count === 0 || (row === null && event.key !== "ArrowDown")) return;
    event.preventDefault();
    focus.focusPosition(next);
  };

  const items = virtualizer.getVirtualItems();
  const focusedItem =
    focus.focusedId === null ? undefined : items.find((i) => i.key === focus.focusedId);
  const tabbable = focusedItem?.index ?? items[0]?.index ?? -1;

  return (
    <div
      role="grid"
      className="tl-tracelist-grid"
      aria-label={props.ariaLabel}
      aria-rowcount={count + 1}
      aria-colcount={COLUMNS}
      aria-multiselectable={false}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup">
        <TraceListHeader sort={props.sort} onSort={props.onSort} />
      </div>
      <div ref={scrollRef} className="tl-tracelist-scroll" style={{ height }}>
        <div
          role="rowgroup"
          className="tl-tracelist-body"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const summary = summaryAt(item.index);
            return (
              <TraceListRow
                key={item.key}
                summary={summary}
                position={item.index}
                top={item.start}
                height={rowHeight}
                now={props.now}
                selected={summary.Id === props.selectedId}
                tabbable={item.index === tabbable}
                actions={actions}
                renderCell={props.renderCell}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
