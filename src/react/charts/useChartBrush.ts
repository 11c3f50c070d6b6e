import { useEffect, useRef, type RefObject } from "react";
import { brushX, type BrushBehavior, type D3BrushEvent } from "d3-brush";
import { select } from "d3-selection";

export interface ChartBrushOptions {
  /** Plot width and height in px (the brushable extent). */
  readonly width: number;
  readonly height: number;
  /** The selection to show, in px from the plot's left edge; null for none. */
  readonly selection: readonly [number, number] | null;
  /** Called when the user ends a drag: the selection in px, or null when cleared by a click. */
  readonly onEnd: (selection: readonly [number, number] | null) => void;
}

/**
 * A horizontal d3-brush on an SVG group: d3 owns the group's children (overlay, selection,
 * handles); React owns everything else. Only gestures call `onEnd` (programmatic moves that show
 * `selection` do not).
 */
export function useChartBrush(
  ref: RefObject<SVGGElement | null>,
  options: ChartBrushOptions,
): void {
  const { width, height, selection } = options;
  const onEnd = useRef(options.onEnd);
  onEnd.current = options.onEnd;
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);

  useEffect(() => {
    const node = ref.current;
    if (node === null || width <= 0 || height <= 0) return;
    const group = select<SVGGElement, unknown>(node);
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .on("end", (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent === undefined || event.sourceEvent === null) return;
        const s = event.selection as [number, number] | null;
        onEnd.current(s === null ? null : [s[0], s[1]]);
      });
    group.call(brush);
    brushRef.current = brush;
    return () => {
      group.on(".brush", null);
      group.selectAll("*").remove();
      brushRef.current = null;
    };
  }, [ref, width, height]);

  const lo = selection === null ? NaN : selection[0];
  const hi = selection === null ? NaN : selection[1];
  useEffect(() => {
    const node = ref.current;
    const brush = brushRef.current;
    if (node === null || brush === null) return;
    const group = select<SVGGElement, unknown>(node);
    brush.move(group, Number.isNaN(lo) || !(hi > lo) ? null : [lo, hi]);
  }, [ref, lo, hi, width, height]);
}
