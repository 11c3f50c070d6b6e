import { useCallback, useRef, useState, type KeyboardEvent } from "react";

export interface ChartKeyboard {
  /** The slot (bin or period) under the keyboard or pointer cursor; -1 for none. */
  readonly cursor: number;
  /** The slots a Shift+arrow selection spans (inclusive), not yet committed; null for none. */
  readonly pending: readonly [number, number] | null;
  readonly setCursor: (slot: number) => void;
  readonly onKeyDown: (event: KeyboardEvent<Element>) => void;
}

/**
 * The keyboard alternative to a chart's drag selection, over `count` slots: ←/→ (Home/End) move a
 * cursor; Shift+←/→ (Shift+Home/End) extend a selection from where it started; Enter or Space
 * commits it (or the cursor's slot alone) through `onCommit(first, last)`; Escape clears it
 * through `onClear`.
 */
export function useChartKeyboard(
  count: number,
  onCommit: (first: number, last: number) => void,
  onClear: () => void,
): ChartKeyboard {
  const [cursor, setCursorState] = useState(-1);
  const [pending, setPending] = useState<readonly [number, number] | null>(null);
  const anchor = useRef<number | null>(null);
  const latest = useRef({ cursor, pending, count, onCommit, onClear });
  latest.current = { cursor, pending, count, onCommit, onClear };

  const setCursor = useCallback((slot: number) => setCursorState(slot), []);

  const onKeyDown = useCallback((event: KeyboardEvent<Element>) => {
    const l = latest.current;
    if (l.count === 0) return;
    const last = l.count - 1;
    const from = l.cursor < 0 ? 0 : Math.min(l.cursor, last);
    let next: number;
    switch (event.key) {
      case "ArrowRight":
        next = l.cursor < 0 ? 0 : Math.min(last, from + 1);
        break;
      case "ArrowLeft":
        next = l.cursor < 0 ? 0 : Math.max(0, from - 1);
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = last;
        break;
      case "Enter":
      case " ": {
        event.preventDefault();
        const [a, b] = l.pending ?? [from, from];
        anchor.current = null;
        setPending(null);
        setCursorState(from);
        l.onCommit(a, b);
        return;
      }
      case "Escape":
        event.preventDefault();
        anchor.current = null;
        setPending(null);
        l.onClear();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (event.shiftKey) {
      if (anchor.current === null) anchor.current = from;
      const a = anchor.current;
      setPending([Math.min(a, next), Math.max(a, next)]);
    } else {
      anchor.current = null;
      setPending(null);
    }
    setCursorState(next);
  }, []);

  return { cursor, pending, setCursor, onKeyDown };
}
