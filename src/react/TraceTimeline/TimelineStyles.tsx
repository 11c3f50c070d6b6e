import { StyleSheet } from "../theme/StyleSheet";
import { visuallyHiddenCss } from "../theme/visuallyHiddenCss";
import { themeVar } from "../theme/themeVar";
import { toolbarCss } from "../theme/toolbarCss";

const v = themeVar;

/** Stylesheet of the timeline; every colour is a theme variable with its light fallback. */
export const timelineCss = `
${toolbarCss}
.tl-timeline { font-family: ${v("--tl-font")}; font-size: 13px; color: ${v("--tl-fg")};
  background: ${v("--tl-bg")}; border: 1px solid ${v("--tl-border")}; border-radius: 4px; }
.tl-timeline-overview:focus-visible { outline: 2px solid ${v("--tl-focus")}; outline-offset: 1px; }
.tl-timeline-toolbar { gap: 4px; }
.tl-timeline-count { min-width: 7em; }
.tl-timeline-sep { margin: 0 4px; }
.tl-timeline-overview { position: relative; margin: 6px; border: 1px solid ${v("--tl-border")};
  cursor: crosshair; user-select: none; touch-action: none; }
.tl-timeline-overview-canvas { display: block; width: 100%; }
.tl-timeline-overview-shade { position: absolute; top: 0; bottom: 0; background: ${v("--tl-bg-alt")};
  opacity: 0.7; pointer-events: none; }
.tl-timeline-overview-window, .tl-timeline-overview-drag { position: absolute; top: 0; bottom: 0;
  border: 1px solid ${v("--tl-accent")}; pointer-events: none; box-sizing: border-box; }
.tl-timeline-overview-drag { background: ${v("--tl-bg-selected")}; opacity: 0.6; }
.tl-timeline-header-row, .tl-timeline-row, .tl-timeline-gridlines { display: flex; align-items: center; }
.tl-timeline-cell { box-sizing: border-box; flex: none; padding: 0 6px; white-space: nowrap; }
.tl-timeline-name { flex: 2 1 0; min-width: 160px; overflow: hidden; }
.tl-timeline-num, .tl-timeline-status { width: 84px; }
.tl-timeline-res { width: 48px; }
.tl-timeline-track { flex: 5 1 0; min-width: 160px; }
.tl-timeline-header-row { font-weight: 600; border-bottom: 1px solid ${v("--tl-border")};
  background: ${v("--tl-bg-alt")}; height: 26px; }
.tl-timeline-num { text-align: right; font-variant-numeric: tabular-nums; }
.tl-timeline-track { position: relative; height: 100%; padding: 0; }
.tl-timeline-axis { overflow: hidden; font-weight: 400; color: ${v("--tl-fg-muted")}; font-size: 11px; }
.tl-timeline-tick { position: absolute; top: 6px; padding-left: 3px; border-left: 1px solid ${v("--tl-border")}; }
.tl-timeline-scroll { position: relative; overflow: auto; contain: strict; }
.tl-timeline-gridlines { position: sticky; top: 0; height: 0; overflow: visible; pointer-events: none; }
.tl-timeline-gridlines .tl-timeline-track { height: 0; overflow: visible; }
.tl-timeline-gridline { position: absolute; top: 0; width: 1px; background: ${v("--tl-border")}; opacity: 0.5; }
.tl-timeline-body { position: relative; width: 100%; contain: layout size; }
.tl-timeline-rows { will-change: transform; }
.tl-timeline-row { height: var(--tl-timeline-row-height, 24px); box-sizing: border-box;
  cursor: default; contain: strict; }
.tl-timeline-row:hover { background: ${v("--tl-bg-hover")}; }
.tl-timeline-row:focus { outline: none; }
.tl-timeline-row:focus-visible { outline: 2px solid ${v("--tl-focus")}; outline-offset: -2px; }
.tl-timeline-row-group { font-weight: 600; background: ${v("--tl-bg-alt")}; }
.tl-timeline-row-selected, .tl-timeline-row-selected:hover { background: ${v("--tl-bg-selected")}; }
.tl-timeline-row-match .tl-timeline-label { background: ${v("--tl-match")}; }
.tl-timeline-row-current-match .tl-timeline-label { outline: 2px solid ${v("--tl-accent")}; }
.tl-timeline-row-dimmed { opacity: 0.4; }
.tl-timeline-name { display: flex; align-items: center; }
.tl-timeline-toggle { flex: none; width: 14px; margin-right: 2px; text-align: center; cursor: pointer; color: ${v("--tl-fg-muted")}; }
.tl-timeline-label { overflow: hidden; text-overflow: ellipsis; }
.tl-timeline-origin { color: ${v("--tl-fg-muted")}; font-weight: 400; margin-left: 6px;
  overflow: hidden; text-overflow: ellipsis; }
.tl-timeline-badge { flex: none; font-size: 10px; padding: 0 4px; border-radius: 6px; margin-left: 4px;
  border: 1px dashed ${v("--tl-inferred")}; color: ${v("--tl-fg-muted")}; font-weight: 400; }
.tl-timeline-status { display: flex; align-items: center; gap: 4px; }
.tl-timeline-row-ok { --tl-timeline-status-color: ${v("--tl-ok")}; }
.tl-timeline-row-error { --tl-timeline-status-color: ${v("--tl-error")}; }
.tl-timeline-row-throttle { --tl-timeline-status-color: ${v("--tl-throttle")}; }
.tl-timeline-row-fault { --tl-timeline-status-color: ${v("--tl-fault")}; }
.tl-timeline-row-pending { --tl-timeline-status-color: ${v("--tl-pending")}; }
.tl-timeline-row .tl-timeline-status::before { content: ""; width: 8px; height: 8px;
  border-radius: 50%; flex: none; background: var(--tl-timeline-status-color); }
.tl-timeline-bar { position: absolute; top: 5px; bottom: 5px; min-width: 1px; border-radius: 2px;
  border: 1px solid var(--tl-timeline-status-color); box-sizing: border-box;
  background: var(--tl-timeline-status-color); }
.tl-timeline-bar-group { top: 9px; bottom: 9px; opacity: 0.8; background: transparent; }
.tl-timeline-bar-pending { background: repeating-linear-gradient(135deg,
  var(--tl-timeline-status-color) 0 4px, transparent 4px 8px); }
.tl-timeline-bar-inferred { border-style: dashed; border-color: ${v("--tl-inferred")} !important; }
.tl-timeline-critical { position: absolute; top: 10px; bottom: 10px; min-width: 1px;
  background: ${v("--tl-critical")}; pointer-events: none; }
.tl-timeline-row-critical { box-shadow: inset 3px 0 0 ${v("--tl-critical")}; }
.tl-timeline-offscreen { position: absolute; right: 2px; top: 3px; font-size: 12px;
  color: var(--tl-timeline-status-color); }
.tl-timeline-offscreen-before { left: 2px; right: auto; }
${visuallyHiddenCss}
`;

/** The stylesheet, hoisted into the document head once however many timelines render. */
export function TimelineStyles() {
  return <StyleSheet href="tracelens-timeline" css={timelineCss} />;
}
