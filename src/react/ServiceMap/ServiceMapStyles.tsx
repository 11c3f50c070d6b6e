import { StyleSheet } from "../theme/StyleSheet";
import { visuallyHiddenCss } from "../theme/visuallyHiddenCss";
import { themeVar } from "../theme/themeVar";
import { toolbarCss } from "../theme/toolbarCss";

const v = themeVar;

/** Stylesheet of the service map; every colour is a theme variable with its light fallback. */
export const serviceMapCss = `
${toolbarCss}
.tl-map { font-family: ${v("--tl-font")}; font-size: 13px; color: ${v("--tl-fg")};
  background: ${v("--tl-bg")}; border: 1px solid ${v("--tl-border")}; border-radius: 4px; }
.tl-map-toolbar { gap: 6px; }
.tl-map-number { width: 4.5em; }
.tl-map-count { min-width: 6em; }
.tl-map-viewport { position: relative; overflow: hidden; cursor: grab; touch-action: none;
  user-select: none; contain: strict; }
.tl-map-viewport:active { cursor: grabbing; }
.tl-map-layer { position: absolute; will-change: transform; }
.tl-map-svg { display: block; overflow: visible; position: relative; }
.tl-map-canvas { position: absolute; will-change: transform; pointer-events: none; }
.tl-map-canvas canvas { display: block; }
.tl-map-hovering .tl-map-canvas, .tl-map-searching .tl-map-canvas { opacity: 0.35; }
.tl-map-disc { fill: ${v("--tl-bg")}; stroke: ${v("--tl-border")}; stroke-width: 1; }
.tl-map-ring-empty { fill: none; stroke: ${v("--tl-pending")}; opacity: 0.5; }
.tl-map-ring-simple { fill: none; stroke: ${v("--tl-pending")}; }
.tl-map-node { cursor: pointer; }
.tl-map-node:focus { outline: none; }
.tl-map-node:focus-visible { outline: 2px solid ${v("--tl-focus")}; outline-offset: 3px; }
.tl-map-edge:focus-visible .tl-map-edge-line { stroke: ${v("--tl-focus")}; stroke-width: 4; }
.tl-map-halo { fill: none; stroke: ${v("--tl-accent")}; stroke-width: 3; }
.tl-map-edge:focus { outline: none; }
.tl-map-client > .tl-map-disc { fill: ${v("--tl-bg-alt")}; stroke: ${v("--tl-fg-muted")};
  stroke-dasharray: 4 3; stroke-width: 1.5; }
.tl-map-client.tl-map-selected > .tl-map-disc { stroke: ${v("--tl-accent")}; stroke-width: 4; }
.tl-map-metrics { fill: ${v("--tl-fg")}; font-weight: 600; pointer-events: none; }
.tl-map-rate { fill: ${v("--tl-fg-muted")}; font-weight: 400; }
.tl-map-label { fill: ${v("--tl-fg")}; paint-order: stroke; stroke: ${v("--tl-bg")};
  stroke-width: 3px; stroke-linejoin: round; pointer-events: none; }
.tl-map-glyph { fill: ${v("--tl-fg-muted")}; stroke: none; pointer-events: none; }
.tl-map-badge rect { fill: ${v("--tl-bg-alt")}; stroke: ${v("--tl-border")}; stroke-width: 0.5; }
.tl-map-badge text { fill: ${v("--tl-fg")}; font-weight: 600; pointer-events: none; }
.tl-map-edge { cursor: pointer; }
.tl-map-edge-hit { fill: none; stroke: transparent; stroke-width: 12; }
.tl-map-edge-line { fill: none; stroke: ${v("--tl-fg-muted")}; stroke-width: 1.5; opacity: 0.7;
  vector-effect: non-scaling-stroke; }
.tl-map-async .tl-map-edge-line, .tl-map-async-line { stroke-dasharray: 6 4; }
.tl-map-copy.tl-map-lit .tl-map-edge-line { stroke: ${v("--tl-accent")}; opacity: 1; stroke-width: 2; }
.tl-map-edge.tl-map-selected .tl-map-edge-line { stroke: ${v("--tl-accent")}; opacity: 1; stroke-width: 3; }
.tl-map-marker path { fill: ${v("--tl-fg-muted")}; }
.tl-map-marker-lit path, .tl-map-marker-selected path { fill: ${v("--tl-accent")}; }
.tl-map-searching .tl-map-node:not(.tl-map-match):not(.tl-map-selected) { opacity: 0.3; }
.tl-map-base > g { will-change: opacity; }
.tl-map-hovering .tl-map-base > .tl-map-nodes { opacity: 0.3; }
.tl-map-hovering .tl-map-base > .tl-map-edges { opacity: 0.4; }
.tl-map-overlay { position: absolute; left: 0; top: 0; pointer-events: none; }
.tl-map-node.tl-map-focus-ring { outline: 2px solid ${v("--tl-focus")}; outline-offset: 3px; }
.tl-map-edge.tl-map-focus-ring .tl-map-edge-line { stroke: ${v("--tl-focus")}; stroke-width: 4; }
.tl-map-match > .tl-map-disc { stroke: ${v("--tl-accent")}; stroke-width: 3; fill: ${v("--tl-match")}; }
.tl-map-tooltip { position: absolute; z-index: 2; max-width: 240px; padding: 6px 8px;
  background: ${v("--tl-bg")}; color: ${v("--tl-fg")}; border: 1px solid ${v("--tl-border")};
  border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,0.2); pointer-events: none; font-size: 12px;
  overflow-wrap: anywhere; }
.tl-map-tooltip-title { font-weight: 600; }
.tl-map-tooltip-muted { color: ${v("--tl-fg-muted")}; }
.tl-map-progress, .tl-map-empty { position: absolute; inset: 0; display: flex; flex-direction: column;
  gap: 6px; align-items: center; justify-content: center; color: ${v("--tl-fg-muted")};
  background: transparent; pointer-events: none; }
.tl-map-progress progress { width: 40%; }
.tl-map-legend { border-top: 1px solid ${v("--tl-border")}; padding: 4px 8px; font-size: 12px; }
.tl-map-legend summary { cursor: pointer; color: ${v("--tl-fg-muted")}; }
.tl-map-legend-items { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; margin: 4px 0;
  padding: 0; }
.tl-map-legend-items li { display: flex; align-items: center; gap: 4px; }
.tl-map-legend-line { stroke: ${v("--tl-fg-muted")}; stroke-width: 1.5; }
.tl-map-legend-client { fill: ${v("--tl-bg-alt")}; stroke: ${v("--tl-fg-muted")}; stroke-dasharray: 3 2; }
.tl-map-legend-note { margin: 2px 0; color: ${v("--tl-fg-muted")}; }
${visuallyHiddenCss}
`;

/** The stylesheet, hoisted into the document head once however many maps render. */
export function ServiceMapStyles() {
  return <StyleSheet href="tracelens-service-map" css={serviceMapCss} />;
}
