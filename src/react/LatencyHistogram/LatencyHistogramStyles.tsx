import { StyleSheet } from "../theme/StyleSheet";
import { visuallyHiddenCss } from "../theme/visuallyHiddenCss";
import { themeVar } from "../theme/themeVar";

const v = themeVar;

/** Stylesheet of the latency histogram; every colour is a theme variable with its light fallback. */
export const latencyHistogramCss = `
.tl-hist { font-family: ${v("--tl-font")}; font-size: 12px; color: ${v("--tl-fg")};
  background: ${v("--tl-bg")}; }
.tl-hist-header { display: flex; flex-wrap: wrap; gap: 10px; align-items: baseline; padding: 4px 0; }
.tl-hist-title { font-weight: 600; }
.tl-hist-percentiles { display: flex; gap: 10px; color: ${v("--tl-fg-muted")};
  font-variant-numeric: tabular-nums; }
.tl-hist-axis-toggle { margin-left: auto; color: ${v("--tl-fg-muted")}; }
.tl-hist-plot { position: relative; }
.tl-hist-plot svg { display: block; overflow: visible; }
.tl-hist-plot svg:focus { outline: none; }
.tl-hist-plot svg:focus-visible { outline: 2px solid ${v("--tl-focus")}; outline-offset: 2px; }
.tl-hist-bar { fill: ${v("--tl-accent")}; opacity: 0.75; }
.tl-hist-bar-hover { opacity: 1; }
.tl-hist-marker line { stroke: ${v("--tl-fg")}; stroke-dasharray: 3 3; stroke-width: 1; }
.tl-hist-marker text { fill: ${v("--tl-fg")}; font-size: 10px; }
.tl-hist-axis line { stroke: ${v("--tl-border")}; }
.tl-hist-axis text { fill: ${v("--tl-fg-muted")}; font-size: 10px; }
.tl-hist-axis-title { fill: ${v("--tl-fg-muted")}; }
.tl-hist-brush .selection { fill: ${v("--tl-bg-selected")}; fill-opacity: 0.5;
  stroke: ${v("--tl-accent")}; }
.tl-hist-tooltip { position: absolute; z-index: 2; pointer-events: none; padding: 4px 6px;
  background: ${v("--tl-bg")}; border: 1px solid ${v("--tl-border")}; border-radius: 3px;
  box-shadow: 0 2px 6px rgba(0,0,0,0.2); white-space: nowrap; }
.tl-hist-empty { position: absolute; inset: 0; display: flex; align-items: center;
  justify-content: center; color: ${v("--tl-fg-muted")}; }
.tl-hist-footer { display: flex; gap: 8px; align-items: center; min-height: 22px;
  color: ${v("--tl-fg-muted")}; }
.tl-hist-clear { font: inherit; color: ${v("--tl-fg")}; background: ${v("--tl-bg")};
  border: 1px solid ${v("--tl-border")}; border-radius: 3px; padding: 0 6px; }
${visuallyHiddenCss}
`;

/** The stylesheet, hoisted into the document head once however many charts render. */
export function LatencyHistogramStyles() {
  return <StyleSheet href="tracelens-latency-histogram" css={latencyHistogramCss} />;
}
