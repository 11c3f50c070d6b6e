import { useCallback, useEffect, useRef, useState } from "react";
import type { MapFocusTarget } from "./resolveMapKey";

/** Milliseconds the pointer rests on a canvas-painted edge before it is hovered. */
export const CANVAS_EDGE_HOVER_MS = 80;

export interface MapHover {
  readonly hovered: MapFocusTarget | null;
  /**
   * The pointer moved: `svg` is the SVG element under it (or null); `canvas` finds what the
   * canvas paints there, asked only when there is no SVG element.
   */
  move(svg: MapFocusTarget | null, canvas: () => MapFocusTarget | null): void;
  leave(): void;
}

/**
 * The hovered node or edge. SVG elements and canvas nodes are hovered at once. A canvas-painted
 * edge is hovered once the pointer has stayed on it for `CANVAS_EDGE_HOVER_MS` (the previous
 * target stays hovered meanwhile, so the change is one redraw): where the canvas paints edges
 * they lie dense, and a pointer sweeping across them would otherwise restyle the whole map on
 * every move.
 */
export function useMapHover(): MapHover {
  const [hovered, setHovered] = useState<MapFocusTarget | null>(null);
  const current = useRef<MapFocusTarget | null>(null);
  current.current = hovered;
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  const pendingKey = useRef<string | null>(null);
  const cancel = () => {
    clearTimeout(pending.current);
    pendingKey.current = null;
  };
  const move = useCallback((svg: MapFocusTarget | null, canvas: () => MapFocusTarget | null) => {
    const target = svg ?? canvas();
    const now = current.current;
    if (svg === null && target?.kind === "edge" && target.key !== now?.key) {
      if (target.key === pendingKey.current) return; // still on the edge it waits for
      cancel();
      pendingKey.current = target.key;
      pending.current = setTimeout(() => {
        pendingKey.current = null;
        setHovered(target);
      }, CANVAS_EDGE_HOVER_MS);
      return;
    }
    cancel();
    if (target?.key !== now?.key) setHovered(target);
  }, []);
  const leave = useCallback(() => {
    cancel();
    setHovered(null);
  }, []);
  return { hovered, move, leave };
}
