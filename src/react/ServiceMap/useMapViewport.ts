import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { createMapZoom, type MapZoom } from "./createMapZoom";
import { identityTransform, type MapTransform } from "./MapTransform";

export interface MapViewportOptions {
  readonly width: number;
  readonly height: number;
  /** Screen pixels drawn beyond each side of the viewport. */
  readonly margin: number;
  readonly minScale: number;
  readonly maxScale: number;
  /** True when everything shown is drawn (nothing culled): moving never uncovers new content. */
  readonly drawsEverything: boolean;
  /** Called with each committed transform. */
  readonly onViewChange?: (transform: MapTransform) => void;
}

export interface MapViewport {
  /** The transform the drawn content was rendered at (changes when a gesture pauses or ends). */
  readonly committed: MapTransform;
  readonly viewportRef: RefObject<HTMLDivElement | null>;
  /** The drawn layer, moved by a CSS transform while a gesture runs. */
  readonly layerRef: RefObject<SVGSVGElement | null>;
  readonly zoom: RefObject<MapZoom | null>;
  /** The live transform (during a gesture it runs ahead of `committed`). */
  readonly current: () => MapTransform;
  readonly setTransform: (transform: MapTransform) => void;
  /** True once the user panned or zoomed; the owner resets it when it fits the view. */
  readonly moved: RefObject<boolean>;
}

/** Milliseconds without movement after which the map redraws crisply. */
const IDLE_MS = 150;

const same = (a: MapTransform, b: MapTransform): boolean =>
  a.x === b.x && a.y === b.y && a.k === b.k;

/**
 * Pan and zoom that stay smooth on large maps: during a gesture the drawn layer (viewport plus
 * `margin` on each side) moves as one composited bitmap through a CSS transform, with no React
 * render; when the gesture pauses or ends, or when it would uncover content that was culled, the
 * transform is committed and the map redraws (culling and detail for the new view).
 */
export function useMapViewport(options: MapViewportOptions): MapViewport {
  const [committed, setCommitted] = useState<MapTransform>(identityTransform);
  const committedRef = useRef(committed);
  const currentRef = useRef(committed);
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const layerRef = useRef<SVGSVGElement | null>(null);
  const zoomRef = useRef<MapZoom | null>(null);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const frame = useRef<number | null>(null);
  const moved = useRef(false);
  const opts = useRef(options);
  opts.current = options;

  /** Moves the layer by the difference between the live and the committed transform. */
  const applyDelta = useCallback((): { s: number; tx: number; ty: number } => {
    const t = currentRef.current;
    const c = committedRef.current;
    const s = t.k / c.k;
    const tx = t.x - s * c.x;
    const ty = t.y - s * c.y;
    const layer = layerRef.current;
    if (layer !== null)
      layer.style.transform =
        s === 1 && tx === 0 && ty === 0 ? "" : `translate(${tx}px, ${ty}px) scale(${s})`;
    return { s, tx, ty };
  }, []);

  const commit = useCallback(() => {
    clearTimeout(idle.current);
    if (frame.current !== null) {
      cancelAnimationFrame(frame.current);
      frame.current = null;
    }
    const next = currentRef.current;
    if (same(next, committedRef.current)) return;
    committedRef.current = next;
    setCommitted(next);
    opts.current.onViewChange?.(next);
  }, []);

  const onTransform = useCallback(
    (t: MapTransform, gesture: boolean) => {
      currentRef.current = t;
      const { s, tx, ty } = applyDelta();
      if (!gesture) return; // programmatic moves commit on their end event
      moved.current = true;
      clearTimeout(idle.current);
      idle.current = setTimeout(commit, IDLE_MS);
      const { width, height, margin, drawsEverything } = opts.current;
      if (drawsEverything) return;
      const covered =
        tx - s * margin <= 0 &&
        tx + s * (width + margin) >= width &&
        ty - s * margin <= 0 &&
        ty + s * (height + margin) >= height;
      if (!covered && frame.current === null) frame.current = requestAnimationFrame(commit);
    },
    [applyDelta, commit],
  );

  useEffect(() => {
    const element = viewportRef.current;
    if (element === null) return;
    const z = createMapZoom({
      element,
      minScale: opts.current.minScale,
      maxScale: opts.current.maxScale,
      onTransform,
      onEnd: () => commit(),
    });
    zoomRef.current = z;
    return () => {
      z.destroy();
      zoomRef.current = null;
      clearTimeout(idle.current);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [onTransform, commit]);

  useEffect(() => {
    zoomRef.current?.update({ minScale: options.minScale, maxScale: options.maxScale });
  }, [options.minScale, options.maxScale]);

  // After the content re-renders at the committed transform, the layer's delta is (nearly) none.
  useLayoutEffect(() => {
    applyDelta();
  }, [committed, applyDelta]);

  const setTransform = useCallback((t: MapTransform) => {
    const z = zoomRef.current;
    if (z !== null) z.setTransform(t);
    else {
      currentRef.current = t;
      committedRef.current = t;
      setCommitted(t);
    }
  }, []);

  return {
    committed,
    viewportRef,
    layerRef,
    zoom: zoomRef,
    current: () => currentRef.current,
    setTransform,
    moved,
  };
}
