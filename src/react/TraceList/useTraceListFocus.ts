import { useCallback, useLayoutEffect, useRef, useState } from "react";

export interface TraceListFocus {
  /** Id of the row that holds the roving tab stop (null until the user moves it). */
  readonly focusedId: string | null;
  /** Rows register their element here (ref callback), so focus needs no DOM query. */
  readonly register: (id: string, element: HTMLDivElement | null) => void;
  /** Moves the tab stop to a position, scrolls it into view and focuses it once it is rendered. */
  readonly focusPosition: (position: number) => void;
}

/**
 * Roving focus over virtualized rows: one row is tabbable; moving to a row that is not rendered
 * scrolls it in first and focuses it as soon as it mounts.
 */
export function useTraceListFocus(
  idAt: (position: number) => string | undefined,
  scrollToPosition: (position: number) => void,
): TraceListFocus {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const elements = useRef(new Map<string, HTMLDivElement>());
  const pending = useRef<string | null>(null);
  const latest = useRef({ idAt, scrollToPosition });
  latest.current = { idAt, scrollToPosition };

  const settle = useCallback(() => {
    const id = pending.current;
    if (id === null) return;
    const el = elements.current.get(id);
    if (el !== undefined) {
      pending.current = null;
      el.focus({ preventScroll: true });
    }
  }, []);

  const register = useCallback(
    (id: string, element: HTMLDivElement | null) => {
      if (element === null) elements.current.delete(id);
      else {
        elements.current.set(id, element);
        if (pending.current === id) settle();
      }
    },
    [settle],
  );

  const focusPosition = useCallback(
    (position: number) => {
      const id = latest.current.idAt(position);
      if (id === undefined) return;
      setFocusedId(id);
      pending.current = id;
      latest.current.scrollToPosition(position);
      settle();
    },
    [settle],
  );

  // A scroll lands on a later render: finish a pending move after every commit.
  useLayoutEffect(() => settle());

  return { focusedId, register, focusPosition };
}
