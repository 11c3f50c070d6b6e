import { useCallback, useEffect, useRef, type MouseEvent } from "react";
import type { MapDrawing } from "./computeMapDrawing";
import type { ShownElements } from "./computeShownElements";
import { createEdgeHitIndex, type EdgeHitIndex } from "./createEdgeHitIndex";
import type { ServiceMapModel } from "./createServiceMapModel";
import { findEdgeAt } from "./findEdgeAt";
import { findNodeAt } from "./findNodeAt";
import type { MapTransform } from "./MapTransform";
import type { MapFocusTarget } from "./resolveMapKey";

/** The shown edges (both ends shown too), as `cullServiceMap` keeps them. */
function shownEdges(model: ServiceMapModel, shown: ShownElements) {
  if (shown.nodes === null && shown.edges === null) return model.edges;
  return model.edges.filter(
    (e) =>
      (shown.edges === null || shown.edges.has(e.key)) &&
      (shown.nodes === null || (shown.nodes.has(e.source.key) && shown.nodes.has(e.target.key))),
  );
}

/**
 * Pointer hits on what the canvas paints, which has no elements to hit: a canvas node
 * (`findNodeAt`, nodes are painted over edges), else a canvas edge (`findEdgeAt` on an edge index
 * of the shown edges, built once per model and shown set when the browser is idle, or on the
 * first pointer move if that comes first; zooming and panning never rebuild it). Returns the
 * target under a mouse event, or null.
 */
export function useCanvasTarget(
  model: ServiceMapModel,
  shown: ShownElements,
  drawing: MapDrawing,
  current: () => MapTransform,
): (event: MouseEvent<HTMLElement>) => MapFocusTarget | null {
  const cache = useRef<{
    model: ServiceMapModel;
    shown: ShownElements;
    index: EdgeHitIndex;
  } | null>(null);
  const paintsNodes = drawing.canvasNodes.length > 0;
  const paintsEdges = drawing.canvasEdges.length > 0;
  const edgeIndex = useCallback((): EdgeHitIndex => {
    let c = cache.current;
    if (c === null || c.model !== model || c.shown !== shown) {
      c = { model, shown, index: createEdgeHitIndex(shownEdges(model, shown)) };
      cache.current = c;
    }
    return c.index;
  }, [model, shown]);
  // Build the index when the browser is idle, so the first pointer move does not wait for it.
  useEffect(() => {
    if (!paintsEdges) return;
    const { requestIdleCallback, cancelIdleCallback } = globalThis;
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(() => edgeIndex(), { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(() => edgeIndex(), 500);
    return () => clearTimeout(handle);
  }, [paintsEdges, edgeIndex]);
  return useCallback(
    (event) => {
      if (!paintsNodes && !paintsEdges) return null;
      const box = event.currentTarget.getBoundingClientRect();
      const x = event.clientX - box.left;
      const y = event.clientY - box.top;
      const t = current();
      if (paintsNodes) {
        const node = findNodeAt(model, shown, t, x, y);
        if (node !== null) return { kind: "node", key: node };
      }
      if (!paintsEdges) return null;
      const edge = findEdgeAt(edgeIndex(), t, x, y);
      return edge === null ? null : { kind: "edge", key: edge, from: "" };
    },
    [model, shown, paintsNodes, paintsEdges, current, edgeIndex],
  );
}
