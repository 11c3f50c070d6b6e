import { useCallback, useMemo, useRef, useState } from "react";
import type { ShownElements } from "./computeShownElements";
import type { ServiceMapModel } from "./createServiceMapModel";
import type { MapTransform } from "./MapTransform";
import type { MapFocusTarget } from "./resolveMapKey";

/** A node or edge by key (a selection or a focus target). */
type Keyed = { readonly kind: "node" | "edge"; readonly key: string };

export interface MapFocus {
  /** What holds the map's one tab stop: the last focused element if still shown, else the first client (or first node). */
  readonly tabStop: MapFocusTarget | null;
  readonly setFocusTarget: (target: MapFocusTarget) => void;
  /** Pans the element into view if needed and focuses it (once it is drawn). */
  readonly moveFocus: (target: MapFocusTarget) => void;
  /** Ref callback target: nodes and edges register their elements. */
  readonly register: (key: string, element: SVGGElement | null) => void;
  readonly isShown: (target: Keyed | null) => boolean;
}

export interface MapFocusView {
  readonly current: () => MapTransform;
  readonly setTransform: (transform: MapTransform) => void;
}

/**
 * Roving keyboard focus over the map's nodes and edges: one tab stop, elements registered by key,
 * and focus moves that first pan an off-screen (possibly culled) element into view and focus it
 * as soon as it is drawn.
 */
export function useMapFocus(
  model: ServiceMapModel,
  shown: ShownElements,
  view: MapFocusView,
  width: number,
  height: number,
): MapFocus {
  const [focusTarget, setFocusTarget] = useState<MapFocusTarget | null>(null);
  const firstKey = useMemo(() => {
    const visible = model.nodes.filter((n) => shown.nodes === null || shown.nodes.has(n.key));
    return (visible.find((n) => n.node.kind === "client") ?? visible[0])?.key ?? null;
  }, [model, shown]);
  const isShown = useCallback(
    (t: Keyed | null): boolean =>
      t !== null &&
      (t.kind === "node"
        ? model.nodeByKey.has(t.key) && (shown.nodes === null || shown.nodes.has(t.key))
        : model.edgeByKey.has(t.key) && (shown.edges === null || shown.edges.has(t.key))),
    [model, shown],
  );
  const tabStop: MapFocusTarget | null = isShown(focusTarget)
    ? focusTarget
    : firstKey === null
      ? null
      : { kind: "node", key: firstKey };

  const elements = useRef(new Map<string, SVGGElement>());
  const pending = useRef<string | null>(null);
  const register = useCallback((key: string, el: SVGGElement | null) => {
    if (el === null) elements.current.delete(key);
    else {
      elements.current.set(key, el);
      if (pending.current === key) {
        pending.current = null;
        el.focus({ preventScroll: true });
      }
    }
  }, []);
  const latest = useRef({ model, view, width, height });
  latest.current = { model, view, width, height };
  const moveFocus = useCallback((target: MapFocusTarget) => {
    const { model: m, view: v, width: w, height: h } = latest.current;
    setFocusTarget(target);
    const at =
      target.kind === "node"
        ? m.nodeByKey.get(target.key)
        : (() => {
            const e = m.edgeByKey.get(target.key);
            return e === undefined
              ? undefined
              : { x: (e.source.x + e.target.x) / 2, y: (e.source.y + e.target.y) / 2 };
          })();
    if (at !== undefined) {
      const t = v.current();
      const sx = at.x * t.k + t.x;
      const sy = at.y * t.k + t.y;
      const pad = Math.min(60, w / 4, h / 4);
      if (sx < pad || sx > w - pad || sy < pad || sy > h - pad)
        v.setTransform({ k: t.k, x: w / 2 - at.x * t.k, y: h / 2 - at.y * t.k });
    }
    const el = elements.current.get(target.key);
    if (el !== undefined) el.focus({ preventScroll: true });
    else pending.current = target.key;
  }, []);
  return { tabStop, setFocusTarget, moveFocus, register, isShown };
}
