import { useCallback, useRef, type KeyboardEvent } from "react";
import type { VisibleTimelineRows } from "../../timeline/computeVisibleTimelineRows";
import type { TimelineRows } from "../../timeline/TimelineRows";
import type { RovingFocus } from "./useRovingFocus";

export interface TimelineKeyboardOptions {
  readonly rows: TimelineRows;
  readonly visible: VisibleTimelineRows;
  readonly collapsed: ReadonlySet<string>;
  readonly focus: RovingFocus;
  /** Rows per page (PageUp / PageDown). */
  readonly pageSize: number;
  readonly setCollapsed: (row: number, collapse: boolean) => void;
  /** Enter / Space on a row. */
  readonly activate: (row: number) => void;
  readonly stepMatch: (direction: 1 | -1) => void;
  readonly stepCritical: (direction: 1 | -1) => void;
}

/**
 * The treegrid's keys: ↑/↓, PageUp/PageDown, Home/End move; → expands or moves to the first child;
 * ← collapses or moves to the parent; Enter/Space select (toggle a group); n / F3 and N /
 * Shift+F3 step through search matches; c / C through the critical path.
 */
export function useTimelineKeyboard(options: TimelineKeyboardOptions) {
  const latest = useRef(options);
  latest.current = options;
  return useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.getAttribute?.("role") !== "row") return;
    const o = latest.current;
    const { rows, visible } = o;
    if (visible.count === 0) return;
    let row = o.focus.currentRow();
    if (row < 0) row = rows.rowOf(target.dataset.rowId ?? "");
    if (row < 0) row = visible.indices[0];
    const position = Math.max(0, visible.positionOf(row));
    const hasChildren = rows.subtreeEnd[row] > row + 1;
    const expanded = hasChildren && !o.collapsed.has(rows.ids[row]);
    const moveTo = (p: number) =>
      o.focus.focusRow(visible.indices[Math.min(visible.count - 1, Math.max(0, p))]);
    switch (event.key) {
      case "ArrowDown":
        moveTo(position + 1);
        break;
      case "ArrowUp":
        moveTo(position - 1);
        break;
      case "PageDown":
        moveTo(position + o.pageSize);
        break;
      case "PageUp":
        moveTo(position - o.pageSize);
        break;
      case "Home":
        moveTo(0);
        break;
      case "End":
        moveTo(visible.count - 1);
        break;
      case "ArrowRight":
        if (hasChildren && !expanded) o.setCollapsed(row, false);
        else if (expanded && rows.parent[visible.indices[position + 1]] === row)
          moveTo(position + 1);
        break;
      case "ArrowLeft":
        if (expanded) o.setCollapsed(row, true);
        else if (rows.parent[row] >= 0) o.focus.focusRow(rows.parent[row]);
        break;
      case "Enter":
      case " ":
        o.activate(row);
        break;
      case "F3":
        o.stepMatch(event.shiftKey ? -1 : 1);
        break;
      case "n":
        o.stepMatch(1);
        break;
      case "N":
        o.stepMatch(-1);
        break;
      case "c":
        o.stepCritical(1);
        break;
      case "C":
        o.stepCritical(-1);
        break;
      default:
        return;
    }
    event.preventDefault();
  }, []);
}
