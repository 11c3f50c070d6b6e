import type { HistogramRange } from "./HistogramSubject";

/** The index of the edge nearest `value`. */
function nearest(edges: readonly number[], value: number): number {
  let best = 0;
  for (let i = 1; i < edges.length; i++)
    if (Math.abs(edges[i] - value) < Math.abs(edges[best] - value)) best = i;
  return best;
}

/**
 * Keyboard range selection over a histogram's bin edges: with no range, an arrow, Home or End
 * selects the bin `start`; then Left/Right move the range by one bin, Shift+Right/Shift+Left grow
 * or shrink its upper end by one bin, Home/End move it to either end, and Escape, Delete or
 * Backspace clear it (null). Other keys give undefined (not handled).
 * @example stepHistogramRange([0, 1, 2, 3], { from: 0, to: 1 }, "ArrowRight", true, 0) // { from: 0, to: 2 }
 */
export function stepHistogramRange(
  edges: readonly number[],
  current: HistogramRange | null,
  key: string,
  shift: boolean,
  start: number,
): HistogramRange | null | undefined {
  if (key === "Escape" || key === "Delete" || key === "Backspace") return null;
  if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(key) || edges.length < 2)
    return undefined;
  const last = edges.length - 1;
  const range = (i0: number, i1: number): HistogramRange => ({ from: edges[i0], to: edges[i1] });
  if (current === null) {
    const i = Math.min(last - 1, Math.max(0, Math.floor(start)));
    return range(i, i + 1);
  }
  let i0 = nearest(edges, current.from);
  let i1 = Math.max(i0 + 1, nearest(edges, current.to));
  if (i1 > last) {
    i1 = last;
    i0 = last - 1;
  }
  const width = i1 - i0;
  if (key === "Home") return range(0, width);
  if (key === "End") return range(last - width, last);
  if (shift) {
    if (key === "ArrowRight") return range(i0, Math.min(last, i1 + 1));
    return range(i0, Math.max(i0 + 1, i1 - 1));
  }
  const move = key === "ArrowRight" ? Math.min(1, last - i1) : -Math.min(1, i0);
  return range(i0 + move, i1 + move);
}
