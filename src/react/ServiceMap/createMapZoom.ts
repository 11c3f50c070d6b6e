import { select, type Selection } from "d3-selection";
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from "d3-zoom";
import type { MapTransform } from "./MapTransform";

export interface MapZoomParams {
  /** The element that receives wheel and drag gestures (it does not move itself). */
  readonly element: HTMLElement;
  /** Scale bounds (defaults 0.02 and 4). */
  readonly minScale?: number;
  readonly maxScale?: number;
  /** Every change: each frame of a gesture, and programmatic moves. */
  readonly onTransform: (transform: MapTransform, gesture: boolean) => void;
  /** The end of a gesture or of a programmatic move. */
  readonly onEnd?: (transform: MapTransform) => void;
}

/** Pan and zoom of the map (d3-zoom on a d3 selection), without React. */
export interface MapZoom {
  /** Moves to a transform (fires onTransform and onEnd). */
  setTransform(transform: MapTransform): void;
  /** Scales around the viewport centre by `factor`. */
  scaleBy(factor: number): void;
  /** Pans by screen pixels. */
  panBy(dx: number, dy: number): void;
  transform(): MapTransform;
  update(params: Partial<Pick<MapZoomParams, "minScale" | "maxScale">>): void;
  destroy(): void;
}

/**
 * A pan-and-zoom controller (the xyflow pattern: create → update → destroy, wrapped by a thin
 * hook): d3-zoom on `element` with wheel and drag, no double-click zoom; reports each transform
 * so the caller can move its layer without re-rendering.
 * @example
 * const z = createMapZoom({ element, onTransform: (t) => layer.style.transform = ... });
 * z.scaleBy(1.5); z.destroy();
 */
export function createMapZoom(params: MapZoomParams): MapZoom {
  let { onTransform, onEnd } = params;
  const selection: Selection<HTMLElement, unknown, null, undefined> = select(params.element);
  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([params.minScale ?? 0.02, params.maxScale ?? 4])
    .on("zoom", (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const { x, y, k } = event.transform;
      onTransform({ x, y, k }, event.sourceEvent !== null && event.sourceEvent !== undefined);
    })
    .on("end", (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const { x, y, k } = event.transform;
      onEnd?.({ x, y, k });
    });
  selection.call(behavior).on("dblclick.zoom", null);
  const current = (): MapTransform => {
    const { x, y, k } = zoomTransform(params.element);
    return { x, y, k };
  };
  const centre = (): [number, number] => [
    params.element.clientWidth / 2,
    params.element.clientHeight / 2,
  ];
  return {
    setTransform: (t) => behavior.transform(selection, zoomIdentity.translate(t.x, t.y).scale(t.k)),
    scaleBy: (factor) => behavior.scaleBy(selection, factor, centre()),
    panBy: (dx, dy) => {
      const t = current();
      behavior.translateBy(selection, dx / t.k, dy / t.k);
    },
    transform: current,
    update: (next) => {
      const [lo, hi] = behavior.scaleExtent();
      behavior.scaleExtent([next.minScale ?? lo, next.maxScale ?? hi]);
    },
    destroy: () => {
      selection.on(".zoom", null);
      onTransform = () => undefined;
      onEnd = undefined;
    },
  };
}
