import { useLayoutEffect, useRef, type RefObject } from "react";
import { readThemeVar } from "../theme/themeVar";
import type { ServiceMapModel } from "./createServiceMapModel";
import { drawMapCanvas } from "./drawMapCanvas";
import type { MapTransform } from "./MapTransform";

export interface ServiceMapCanvasProps {
  /** The wrapper the viewport moves (moving the canvas itself makes Chromium copy its bitmap each frame). */
  readonly wrapRef: RefObject<HTMLDivElement | null>;
  readonly model: ServiceMapModel;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  /** The view to paint (the committed one; the viewport moves the canvas between commits). */
  readonly transform: MapTransform;
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

/**
 * The canvas under the map's SVG: paints what `computeMapDrawing` gives it (low-detail nodes,
 * bundled edges) in theme colours, sized to the viewport plus its margin at the device pixel
 * ratio; empty (0 × 0) when it has nothing to paint.
 */
export function ServiceMapCanvas(props: ServiceMapCanvasProps) {
  const { wrapRef, model, nodes, edges, transform, width, height, margin } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const empty = nodes.length === 0 && edges.length === 0;
    const ratio =
      typeof devicePixelRatio === "number" && devicePixelRatio > 0 ? devicePixelRatio : 1;
    const w = width + 2 * margin;
    const h = height + 2 * margin;
    canvas.width = empty ? 0 : Math.round(w * ratio);
    canvas.height = empty ? 0 : Math.round(h * ratio);
    if (empty) return;
    // Paint off screen and hand the bitmap over: a "bitmaprenderer" canvas shows a fixed image,
    // which the compositor moves without copying it every frame (a 2D canvas gets copied).
    const offscreen =
      typeof OffscreenCanvas === "undefined"
        ? null
        : new OffscreenCanvas(canvas.width, canvas.height);
    const ctx = offscreen === null ? canvas.getContext("2d") : offscreen.getContext("2d");
    if (ctx === null) return;
    const colour = (token: Parameters<typeof readThemeVar>[1]) => readThemeVar(canvas, token);
    drawMapCanvas(ctx, {
      model,
      nodes,
      edges,
      transform,
      offset: margin,
      ratio,
      width: w,
      height: h,
      colors: {
        background: colour("--tl-bg"),
        edge: colour("--tl-fg-muted"),
        client: colour("--tl-fg-muted"),
        pending: colour("--tl-pending"),
        status: {
          ok: colour("--tl-ok"),
          error: colour("--tl-error"),
          throttle: colour("--tl-throttle"),
          fault: colour("--tl-fault"),
        },
      },
    });
    if (offscreen !== null) {
      const renderer = canvas.getContext("bitmaprenderer");
      renderer?.transferFromImageBitmap(offscreen.transferToImageBitmap());
    }
  }, [model, nodes, edges, transform, width, height, margin]);
  return (
    <div
      ref={wrapRef}
      className="tl-map-canvas"
      aria-hidden="true"
      style={{
        left: -margin,
        top: -margin,
        width: width + 2 * margin,
        height: height + 2 * margin,
        transformOrigin: `${margin}px ${margin}px`,
      }}
    >
      <canvas ref={canvasRef} style={{ width: width + 2 * margin, height: height + 2 * margin }} />
    </div>
  );
}
