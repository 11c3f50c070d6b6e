import type { MapDetail } from "./chooseMapDetail";
import type { CulledElements } from "./cullServiceMap";

/** Which elements go to the SVG (interactive, detailed) and which to the canvas. */
export interface MapDrawing {
  readonly svgNodes: readonly string[];
  readonly svgEdges: readonly string[];
  readonly canvasNodes: readonly string[];
  readonly canvasEdges: readonly string[];
}

export interface MapDrawingInput {
  readonly culled: CulledElements;
  /** What the canvas covers (it is repainted less often, over a wider area; default `culled`). */
  readonly canvasCulled?: CulledElements;
  readonly detail: MapDetail;
  /** Drawn as SVG, when in view, at any detail (hovered neighbourhood, search matches). */
  readonly emphasized: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  /** Drawn as SVG even when culled (the focused and the selected element must exist). */
  readonly required: { readonly nodes: readonly string[]; readonly edges: readonly string[] };
  /** More edges in view than this go to the canvas at any detail (default 1500). */
  readonly maxSvgEdges?: number;
}

const NONE: readonly string[] = [];

function pick(
  keys: readonly string[],
  toCanvas: boolean,
  emphasized: ReadonlySet<string>,
  required: readonly string[],
): string[] {
  const out = toCanvas ? keys.filter((k) => emphasized.has(k)) : [...keys];
  if (required.length === 0) return out;
  const present = new Set(out);
  for (const k of required) if (!present.has(k)) out.push(k);
  return out;
}

/**
 * Splits the drawing between SVG and canvas: at medium and full detail every culled node is an SVG
 * element; at low detail the canvas paints the nodes and only emphasized ones (lit, found) are SVG
 * elements over them. Edges are SVG elements unless the detail is low or more than `maxSvgEdges`
 * are in view; then the canvas paints them and only emphasized edges are SVG. Required elements
 * (focus, selection) are SVG even when culled.
 * @example computeMapDrawing({ culled, detail: "low", emphasized, required: { nodes: [focusKey], edges: [] } })
 */
export function computeMapDrawing(input: MapDrawingInput): MapDrawing {
  const { culled, detail, emphasized, required } = input;
  const canvasCulled = input.canvasCulled ?? culled;
  const canvasNodes = detail === "low";
  const canvasEdges = detail === "low" || culled.edges.length > (input.maxSvgEdges ?? 1500);
  return {
    svgNodes: pick(culled.nodes, canvasNodes, emphasized.nodes, required.nodes),
    svgEdges: pick(culled.edges, canvasEdges, emphasized.edges, required.edges),
    canvasNodes: canvasNodes ? canvasCulled.nodes : NONE,
    canvasEdges: canvasEdges ? canvasCulled.edges : NONE,
  };
}
