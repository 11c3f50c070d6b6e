import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { VisibleTimelineRows } from "../../timeline/computeVisibleTimelineRows";
import type { TimelineRows } from "../../timeline/TimelineRows";

export interface RovingFocus {
  /** Id of the row that holds the roving tab stop (null until the user moves it). */
  readonly focusedId: string | null;
  /** Rows register their element here (ref callback), so focus needs no DOM query. */
  readonly register: (id: string, element: HTMLDivElement | null) => void;
  /**
   * Moves the tab stop to `row`, scrolls it into view and focuses it (`focus` false: only the
   * tab stop). Works for a row that becomes visible only on the next render (after a reveal).
   */
  readonly focusRow: (row: number, focus?: boolean) => void;
  /** The focused row, or its nearest visible ancestor; -1 when nothing is focused. */
  readonly currentRow: () => number;
}

/**
 * Roving focus over virtualized rows: one row is tabbable; moving focus to a row that is not
 * rendered scrolls it in first and focuses it as soon as it mounts.
 */
export function useRovingFocus(
  rows: TimelineRows,
  visible: VisibleTimelineRows,
  scrollToPosition: (position: number) => void,
): RovingFocus {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const elements = useRef(new Map<string, HTMLDivElement>());
  const pending = useRef<{ id: string; focus: boolean; scrolled: boolean; tries: number } | null>(
    null,
  );
  const latest = useRef({ rows, visible, focusedId, scrollToPosition });
  latest.current = { rows, visible, focusedId, scrollToPosition };

  const settle = useCallback(() => {
    const p = pending.current;
    if (p === null) return;
    const { rows: r, visible: v, scrollToPosition: scroll } = latest.current;
    const position = v.positionOf(r.rowOf(p.id));
    if (position < 0) {
      // Not visible (yet): a reveal shows it on the next commit; give up after a few.
      if (++p.tries > 3) pending.current = null;
      return;
    }
    if (!p.scrolled) {
      p.scrolled = true;
      scroll(position);
    }
    const el = elements.current.get(p.id);
    if (el !== undefined) {
      pending.current = null;
      if (p.focus) el.focus({ preventScroll: true });
    }
  }, []);

  const register = useCallback(
    (id: string, element: HTMLDivElement | null) => {
      if (element === null) elements.current.delete(id);
      else {
        elements.current.set(id, element);
        if (pending.current?.id === id) settle();
      }
    },
    [settle],
  );

  const focusRow = useCallback(
    (row: number, focus = true) => {
      const id = latest.current.rows.ids[row];
      if (id === undefined) return;
      setFocusedId(id);
      pending.current = { id, focus, scrolled: false, tries: 0 };
      settle();
    },
    [settle],
  );

  const currentRow = useCallback(() => {
    const { rows: r, visible: v, focusedId: id } = latest.current;
    if (id === null) return -1;
    let row = r.rowOf(id);
    while (row >= 0 && v.positionOf(row) < 0) row = r.parent[row];
    return row;
  }, []);

  // A reveal or scroll lands on a later render: finish a pending move after every commit.
  useLayoutEffect(() => settle());

  return { focusedId, register, focusRow, currentRow };
}
