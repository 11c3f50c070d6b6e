import { computeEdgeCurve } from "./computeEdgeCurve";
import { dominantHealthStatus, type HealthStatus } from "./computeHealthCounts";
import type { ServiceMapModel } from "./createServiceMapModel";
import type { MapTransform } from "./MapTransform";

/** The colours the canvas paints with (read from the theme variables). */
export interface MapCanvasColors {
  readonly background: string;
  readonly edge: string;
  readonly client: string;
  readonly pending: string;
  readonly status: Readonly<Record<HealthStatus, string>>;
}

/** What the canvas needs of a 2D context (a test can pass a recorder). */
export type MapCanvasContext = Pick<
  CanvasRenderingContext2D,
  | "setTransform"
  | "clearRect"
  | "beginPath"
  | "lineTo"
  | "quadraticCurveTo"
  | "arc"
  | "stroke"
  | "fill"
  | "setLineDash"
  | "moveTo"
  | "globalAlpha"
  | "lineWidth"
  | "strokeStyle"
  | "fillStyle"
>;

type MapCanvasNode = ServiceMapModel["nodes"][number];

export interface MapCanvasInput {
  readonly model: ServiceMapModel;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  /** The view the canvas shows (screen = layout × k + (x, y), relative to the viewport). */
  readonly transform: MapTransform;
  /** Canvas pixels beyond the viewport's top-left corner (the layer's margin). */
  readonly offset: number;
  /** Device pixel ratio. */
  readonly ratio: number;
  /** Canvas size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly colors: MapCanvasColors;
}

/**
 * Paints the low-detail part of the map on a canvas: edges along `computeEdgeCurve` (the lines
 * and curves of the SVG edges, which pointer hit-testing uses too; synchronous in one stroked path,
 * asynchronous dashed in another), then nodes as discs with a ring in the colour of
 * their most common status (clients dashed grey). A few draw calls whatever the count, so a
 * redraw of thousands of elements stays cheap.
 */
export function drawMapCanvas(ctx: MapCanvasContext, input: MapCanvasInput): void {
  const { model, transform: t, offset, ratio, colors } = input;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, input.width, input.height);
  ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * (t.x + offset), ratio * (t.y + offset));
  const px = 1 / t.k;
  ctx.globalAlpha = 0.45;
  ctx.strokeStyle = colors.edge;
  ctx.lineWidth = px;
  for (const dashed of [false, true]) {
    ctx.setLineDash(dashed ? [6 * px, 4 * px] : []);
    ctx.beginPath();
    for (const key of input.edges) {
      const e = model.edgeByKey.get(key);
      if (e === undefined || e.async !== dashed) continue;
      const c = computeEdgeCurve(e.source, e.target, e.bent);
      ctx.moveTo(c.x0, c.y0);
      if (c.bent) ctx.quadraticCurveTo(c.cx, c.cy, c.x1, c.y1);
      else ctx.lineTo(c.x1, c.y1);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  // Discs in one path, then each ring colour as one path of annuli (outer circle, inner reversed).
  const rings = new Map<string, MapCanvasNode[]>();
  const clients: MapCanvasNode[] = [];
  ctx.beginPath();
  for (const key of input.nodes) {
    const n = model.nodeByKey.get(key);
    if (n === undefined) continue;
    ctx.moveTo(n.x + n.r, n.y);
    ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
    if (n.node.kind === "client") {
      clients.push(n);
      continue;
    }
    const status = dominantHealthStatus(n.counts);
    const colour = status === null ? colors.pending : colors.status[status];
    const list = rings.get(colour);
    if (list === undefined) rings.set(colour, [n]);
    else list.push(n);
  }
  ctx.fillStyle = colors.background;
  ctx.fill();
  for (const [colour, list] of rings) {
    ctx.beginPath();
    for (const n of list) {
      ctx.moveTo(n.x + n.r, n.y);
      ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
      ctx.moveTo(n.x + n.r * 0.78, n.y);
      ctx.arc(n.x, n.y, n.r * 0.78, 2 * Math.PI, 0, true);
    }
    ctx.fillStyle = colour;
    ctx.fill();
  }
  if (clients.length > 0) {
    ctx.strokeStyle = colors.client;
    ctx.beginPath();
    for (const n of clients) {
      ctx.lineWidth = Math.max(px, n.r * 0.1);
      ctx.setLineDash([n.r * 0.3, n.r * 0.2]);
      ctx.moveTo(n.x + n.r, n.y);
      ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
    }
    ctx.stroke();
    ctx.setLineDash([]);
  }
}
