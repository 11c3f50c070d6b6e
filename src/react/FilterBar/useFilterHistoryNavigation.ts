import { useRef } from "react";

/** Up/Down through applied expressions: where we are, and the draft to come back to. */
export interface FilterHistoryNavigation {
  /** -1 = older, +1 = newer; past the newest entry returns to the saved draft. */
  step(direction: -1 | 1): void;
  /** Leaves history browsing (after an edit or an apply). */
  reset(): void;
}

/** Browses `history` (oldest first) from the current draft, reporting each text through `show`. */
export function useFilterHistoryNavigation(
  history: readonly string[],
  draft: string,
  show: (text: string) => void,
): FilterHistoryNavigation {
  const position = useRef<number | null>(null);
  const saved = useRef("");
  return {
    step(direction) {
      if (history.length === 0) return;
      const current = position.current;
      if (current === null) {
        if (direction === 1) return;
        saved.current = draft;
        position.current = history.length - 1;
      } else {
        const next = current + direction;
        if (next < 0) return;
        if (next >= history.length) {
          position.current = null;
          show(saved.current);
          return;
        }
        position.current = next;
      }
      show(history[position.current] ?? "");
    },
    reset() {
      position.current = null;
    },
  };
}
