import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { computeLayerDelta, coversViewport } from "./computeLayerDelta";
import { createMapZoom, type MapZoom } from "./createMapZoom";
import type { MapTransform } from "./MapTransform";

export interface MapViewportOptions {
  readonly width: number;
  readonly height: number;
  /** Screen pixels drawn beyond each side of the viewport, for the committed scale. */
  readonly marginFor: (k: number) => number;
  readonly minScale: number;
  readonly maxScale: number;
  /** True when everything shown is drawn (nothing culled): moving never uncovers new content. */
  readonly drawsEverything: boolean;
  /** The first transform (the fitted view). */
  readonly initial: MapTransform;
  /** The view the canvas was last painted at (the owner repaints it less often than it commits). */
  readonly canvasAt: RefObject<MapTransform | null>;
  /** Called with the transform each time the view settles. */
  readonly onViewChange?: (transform: MapTransform) => void;
}

export interface MapViewport {
  /**
   * The transform the content is drawn at (its scale and origin): changes only when the scale
   * changes, so a pan never redraws what is already drawn.
   */
  readonly drawn: MapTransform;
  /** The view the drawn elements were culled for (the live transform at the last commit). */
  readonly committed: MapTransform;
  readonly viewportRef: RefObject<HTMLDivElement | null>;
  /** The SVG layer, moved by a CSS transform between redraws (relative to `drawn`). */
  readonly layerRef: RefObject<HTMLDivElement | null>;
  /** The canvas layer, moved likewise (relative to `canvasAt`, the view it is painted at). */
  readonly canvasRef: RefObject<HTMLDivElement | null>;
  readonly zoom: RefObject<MapZoom | null>;
  /** The live transform (it runs ahead of `committed` between redraws). */
  readonly current: () => MapTransform;
  /** Moves the view (and redraws). */
  readonly setTransform: (transform: MapTransform) => void;
  /** True once the user panned or zoomed; the owner resets it when it fits the view. */
  readonly moved: RefObject<boolean>;
}

/** Milliseconds without movement after which a zoomed view redraws crisply. */
const IDLE_MS = 150;
/** Least milliseconds between redraws forced during a gesture by culled content coming into view. */
const COVER_MS = 250;

const same = (a: MapTransform, b: MapTransform): boolean =>
  a.x === b.x && a.y === b.y && a.k === b.k;

/**
 * Pan and zoom that stay smooth on large maps. The drawn layer (viewport plus a margin on each
 * side) moves as one composited bitmap through a CSS transform; React redraws ("commits" the live
 * transform) only when needed: when a gesture that changed the scale pauses or ends (crisp
 * drawing, new level of detail), when culled content is about to come into view (at most every
 * 250 ms during a gesture), and on programmatic moves. A pan with everything drawn never redraws.
 */
export function useMapViewport(options: MapViewportOptions): MapViewport {
  const [view, setView] = useState<{ drawn: MapTransform; committed: MapTransform }>(() => ({
    drawn: options.initial,
    committed: options.initial,
  }));
  const committed = view.committed;
  const drawnRef = useRef(view.drawn);
  const committedRef = useRef(committed);
  const currentRef = useRef(committed);
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const layerRef = useRef<HTMLDivElement | null>(null);
  const canvasRef = useRef<HTMLDivElement | null>(null);
  const zoomRef = useRef<MapZoom | null>(null);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const frame = useRef<number | null>(null);
  const lastCommit = useRef(0);
  const moved = useRef(false);
  const reported = useRef(options.initial);
  const opts = useRef(options);
  opts.current = options;

  const applyDelta = useCallback(() => {
    const move = (el: HTMLElement | SVGElement | null, drawnAt: MapTransform): void => {
      if (el === null) return;
      const d = computeLayerDelta(currentRef.current, drawnAt);
      el.style.transform =
        d.s === 1 && d.tx === 0 && d.ty === 0
          ? ""
          : `translate(${d.tx}px, ${d.ty}px) scale(${d.s})`;
    };
    move(layerRef.current, drawnRef.current);
    move(canvasRef.current, opts.current.canvasAt.current ?? committedRef.current);
  }, []);

  const commit = useCallback(() => {
    clearTimeout(idle.current);
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    const next = currentRef.current;
    if (same(next, committedRef.current)) return;
    committedRef.current = next;
    // Same scale: keep drawing at the old origin (the layer moves); only culling follows.
    if (Math.abs(next.k / drawnRef.current.k - 1) > 1e-9) drawnRef.current = next;
    lastCommit.current = performance.now();
    setView({ drawn: drawnRef.current, committed: next });
  }, []);

  /** After a gesture: redraw if the scale changed or culled content is near; report the view. */
  const settle = useCallback(() => {
    clearTimeout(idle.current);
    const delta = computeLayerDelta(currentRef.current, committedRef.current);
    const { width, height, marginFor, drawsEverything } = opts.current;
    const margin = marginFor(committedRef.current.k);
    const rescaled = Math.abs(Math.log2(delta.s)) > 1e-3;
    if (rescaled || (!drawsEverything && !coversViewport(delta, width, height, margin, margin / 2)))
      commit();
    if (!same(reported.current, currentRef.current)) {
      reported.current = currentRef.current;
      opts.current.onViewChange?.(currentRef.current);
    }
  }, [commit]);

  const onTransform = useCallback(
    (t: MapTransform, gesture: boolean) => {
      currentRef.current = t;
      applyDelta();
      if (!gesture) return; // programmatic moves commit on their end event
      moved.current = true;
      clearTimeout(idle.current);
      idle.current = setTimeout(settle, IDLE_MS);
      const { width, height, marginFor, drawsEverything } = opts.current;
      const margin = marginFor(committedRef.current.k);
      if (drawsEverything || frame.current !== null) return;
      const culledFor = computeLayerDelta(t, committedRef.current);
      if (coversViewport(culledFor, width, height, margin)) return;
      const wait = COVER_MS - (performance.now() - lastCommit.current);
      if (wait <= 0) frame.current = requestAnimationFrame(commit);
    },
    [applyDelta, commit, settle],
  );

  useEffect(() => {
    const element = viewportRef.current;
    if (element === null) return;
    let gestureEnd = false;
    const z = createMapZoom({
      element,
      minScale: opts.current.minScale,
      maxScale: opts.current.maxScale,
      onTransform: (t, gesture) => {
        gestureEnd = gesture;
        onTransform(t, gesture);
      },
      onEnd: () => (gestureEnd ? settle() : commit()),
    });
    z.setTransform(currentRef.current);
    zoomRef.current = z;
    return () => {
      z.destroy();
      zoomRef.current = null;
      clearTimeout(idle.current);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [onTransform, commit, settle]);

  useEffect(() => {
    zoomRef.current?.update({ minScale: options.minScale, maxScale: options.maxScale });
  }, [options.minScale, options.maxScale]);

  // After the content re-renders at a new drawing transform, the layer's move is (nearly) none.
  useLayoutEffect(() => {
    applyDelta();
  }, [view, applyDelta]);

  const setTransform = useCallback((t: MapTransform) => {
    const z = zoomRef.current;
    if (z !== null) z.setTransform(t);
    else {
      currentRef.current = t;
      committedRef.current = t;
      drawnRef.current = t;
      setView({ drawn: t, committed: t });
    }
  }, []);

  return {
    drawn: view.drawn,
    committed,
    viewportRef,
    layerRef,
    canvasRef,
    zoom: zoomRef,
    current: () => currentRef.current,
    setTransform,
    moved,
  };
}
