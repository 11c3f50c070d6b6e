import { StyleSheet } from "../theme/StyleSheet";
import { visuallyHiddenCss } from "../theme/visuallyHiddenCss";
import { themeVar } from "../theme/themeVar";

const v = themeVar;

/** Stylesheet of the analytics charts; every colour is a theme variable with its light fallback. */
export const chartCss = `
.tl-chart { position: relative; font-family: ${v("--tl-font")}; font-size: 12px;
  color: ${v("--tl-fg")}; background: ${v("--tl-bg")}; }
.tl-chart-title { font-weight: 600; font-size: 13px; margin: 0 0 4px; }
.tl-chart-legend { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 4px; padding: 0;
  list-style: none; color: ${v("--tl-fg-muted")}; }
.tl-chart-swatch { display: inline-block; width: 14px; height: 0; margin-right: 4px;
  vertical-align: middle; border-top: 3px solid; }
.tl-chart-swatch-b { border-top-style: dashed; }
.tl-chart-plot { display: block; outline: none; }
.tl-chart-frame:focus-visible { outline: 2px solid ${v("--tl-focus")}; outline-offset: 2px; }
.tl-chart-axis-line, .tl-chart-tick { stroke: ${v("--tl-border")}; }
.tl-chart-grid { stroke: ${v("--tl-border")}; opacity: 0.45; }
.tl-chart-tick-label, .tl-chart-axis-label { fill: ${v("--tl-fg-muted")}; font-size: 11px; }
.tl-chart-area-all { fill: ${v("--tl-pending")}; opacity: 0.28; }
.tl-chart-line-all { fill: none; stroke: ${v("--tl-pending")}; stroke-width: 1.5; }
.tl-chart-line-a { fill: none; stroke: ${v("--tl-accent")}; stroke-width: 2; }
.tl-chart-line-b { fill: none; stroke: ${v("--tl-throttle")}; stroke-width: 2;
  stroke-dasharray: 5 3; }
.tl-chart-status-ok { fill: ${v("--tl-ok")}; opacity: 0.55; }
.tl-chart-status-error { fill: ${v("--tl-error")}; opacity: 0.7; }
.tl-chart-status-throttle { fill: ${v("--tl-throttle")}; opacity: 0.7; }
.tl-chart-status-fault { fill: ${v("--tl-fault")}; opacity: 0.75; }
.tl-chart-cursor { fill: ${v("--tl-fg")}; opacity: 0.08; pointer-events: none; }
.tl-chart-pending { fill: ${v("--tl-accent")}; opacity: 0.18; pointer-events: none; }
.tl-chart-brush .selection { fill: ${v("--tl-accent")}; fill-opacity: 0.16;
  stroke: ${v("--tl-accent")}; }
.tl-chart-tooltip { position: absolute; pointer-events: none; z-index: 1; padding: 4px 6px;
  background: ${v("--tl-bg")}; border: 1px solid ${v("--tl-border")}; border-radius: 3px;
  white-space: nowrap; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.15); }
.tl-chart-hint { color: ${v("--tl-fg-muted")}; font-size: 11px; margin-top: 2px; }
${visuallyHiddenCss}
`;

/** The stylesheet, hoisted into the document head once however many charts render. */
export function ChartStyles() {
  return <StyleSheet href="tracelens-chart" css={chartCss} />;
}
