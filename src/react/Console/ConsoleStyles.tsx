import { StyleSheet } from "../theme/StyleSheet";
import { themeVar } from "../theme/themeVar";

const v = themeVar;

/** Stylesheet of the Console's own panels; every colour is a theme variable. */
export const consoleCss = `
.tl-console { display: flex; flex-direction: column; gap: 12px; padding: 12px; font-size: 13px;
  position: relative; }
.tl-console-dragging { outline: 3px dashed ${v("--tl-accent")}; outline-offset: -3px; }
.tl-console-top { display: flex; flex-direction: column; gap: 6px; }
.tl-console-grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 12px; }
.tl-console-panel { border: 1px solid ${v("--tl-border")}; border-radius: 4px; padding: 8px;
  min-width: 0; background: ${v("--tl-bg")}; }
.tl-console-h { font-size: 15px; margin: 0 0 6px; overflow-wrap: anywhere; }
.tl-console-muted { color: ${v("--tl-fg-muted")}; margin: 0 0 6px; }
.tl-console-scroll { overflow: auto; max-height: 420px; }
.tl-console-table { border-collapse: collapse; width: 100%; }
.tl-console-table th, .tl-console-table td { text-align: left; padding: 2px 6px; white-space: nowrap;
  border-bottom: 1px solid ${v("--tl-border")}; }
.tl-console-table thead th { position: sticky; top: 0; background: ${v("--tl-bg-alt")}; }
.tl-console-num { text-align: right !important; font-variant-numeric: tabular-nums; }
.tl-console-url { max-width: 28em; overflow: hidden; text-overflow: ellipsis; }
.tl-console-selected td { background: ${v("--tl-bg-selected")}; }
.tl-console-link { font: inherit; font-family: ${v("--tl-mono")}; color: ${v("--tl-accent")};
  background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
.tl-console-link:focus-visible, .tl-console-actions button:focus-visible {
  outline: 2px solid ${v("--tl-focus")}; outline-offset: 1px; }
.tl-console-status-ok { color: ${v("--tl-ok")}; }
.tl-console-status-error { color: ${v("--tl-error")}; }
.tl-console-status-throttle { color: ${v("--tl-throttle")}; }
.tl-console-status-fault { color: ${v("--tl-fault")}; }
.tl-console-dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 0 0 8px; }
.tl-console-dl dd { margin: 0; font-variant-numeric: tabular-nums; }
.tl-console-actions { display: flex; flex-wrap: wrap; gap: 4px; }
.tl-console-actions button { font: inherit; color: ${v("--tl-fg")}; background: ${v("--tl-bg-alt")};
  border: 1px solid ${v("--tl-border")}; border-radius: 3px; padding: 2px 8px; }
.tl-console-charts { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px;
  margin-top: 8px; }
.tl-console-fields { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 8px; }
.tl-console-fields .tl-console-table { width: auto; }
.tl-console-loader { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.tl-console-progress { display: inline-flex; gap: 6px; align-items: center; }
.tl-console-diagnostics { margin: 0; padding-left: 18px; max-height: 240px; overflow: auto;
  font-family: ${v("--tl-mono")}; font-size: 12px; }
.tl-console-diag-error { color: ${v("--tl-fault")}; }
.tl-console-diag-warning { color: ${v("--tl-error")}; }
`;

/** The Console's stylesheet, hoisted into the document head once. */
export function ConsoleStyles() {
  return <StyleSheet href="tracelens-console" css={consoleCss} />;
}
