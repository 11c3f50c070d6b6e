import { brushX, type BrushBehavior, type D3BrushEvent } from "d3-brush";
import { select, type Selection } from "d3-selection";
import { useEffect, useRef, type RefObject } from "react";

/**
 * d3-brush (x only) on an SVG group the hook owns: calls `onEnd` with the brushed pixel span (or
 * null when the user clears it) at the end of each user gesture, and follows `selection` (pixels)
 * when it changes from outside, without calling back.
 */
export function useHistogramBrush(
  group: RefObject<SVGGElement | null>,
  width: number,
  height: number,
  selection: readonly [number, number] | null,
  onEnd: (span: readonly [number, number] | null) => void,
): void {
  const handler = useRef(onEnd);
  handler.current = onEnd;
  const brush = useRef<{
    behavior: BrushBehavior<unknown>;
    selection: Selection<SVGGElement, unknown, null, undefined>;
  } | null>(null);
  useEffect(() => {
    const g = group.current;
    if (g === null || width <= 0 || height <= 0) return;
    const behavior = brushX<unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .on("end", (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent === null || event.sourceEvent === undefined) return;
        const s = event.selection as [number, number] | null;
        handler.current(s === null || s[1] - s[0] < 1 ? null : [s[0], s[1]]);
      });
    const sel = select(g);
    sel.call(behavior);
    brush.current = { behavior, selection: sel };
    return () => {
      sel.on(".brush", null);
      sel.selectAll("*").remove();
      brush.current = null;
    };
  }, [group, width, height]);
  const from = selection?.[0] ?? null;
  const to = selection?.[1] ?? null;
  useEffect(() => {
    const b = brush.current;
    if (b === null) return;
    b.behavior.move(b.selection, from === null || to === null ? null : [from, to]);
  }, [from, to, width, height]);
}
