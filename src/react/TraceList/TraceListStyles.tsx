import { StyleSheet } from "../theme/StyleSheet";
import { visuallyHiddenCss } from "../theme/visuallyHiddenCss";
import { themeVar } from "../theme/themeVar";
import { traceListGridTemplate } from "./traceListColumns";

const v = themeVar;

/** Stylesheet of the trace list; every colour is a theme variable with its light fallback. */
export const traceListCss = `
.tl-tracelist { font-family: ${v("--tl-font")}; font-size: 13px; color: ${v("--tl-fg")};
  background: ${v("--tl-bg")}; border: 1px solid ${v("--tl-border")}; border-radius: 4px; }
.tl-tracelist-toolbar { display: flex; gap: 12px; align-items: center; padding: 6px;
  background: ${v("--tl-bg-alt")}; border-bottom: 1px solid ${v("--tl-border")}; }
.tl-tracelist-toolbar select { font: inherit; color: ${v("--tl-fg")}; background: ${v("--tl-bg")};
  border: 1px solid ${v("--tl-border")}; border-radius: 3px; }
.tl-tracelist-muted { color: ${v("--tl-fg-muted")}; }
.tl-tracelist-overview-scroll { max-height: 220px; overflow: auto;
  border-bottom: 1px solid ${v("--tl-border")}; }
.tl-tracelist-overview-table { border-collapse: collapse; width: 100%; }
.tl-tracelist-overview-table th, .tl-tracelist-overview-table td { padding: 2px 8px;
  text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; font-weight: 400; }
.tl-tracelist-overview-table thead th { position: sticky; top: 0; background: ${v("--tl-bg")};
  font-weight: 600; border-bottom: 1px solid ${v("--tl-border")}; }
.tl-tracelist-overview-table th:first-child { text-align: left; max-width: 0; width: 50%;
  overflow: hidden; text-overflow: ellipsis; }
.tl-tracelist-group { font: inherit; color: ${v("--tl-accent")}; background: none; border: 0;
  padding: 0; cursor: pointer; text-align: left; max-width: 100%; overflow: hidden;
  text-overflow: ellipsis; white-space: nowrap; }
.tl-tracelist-group:hover { text-decoration: underline; }
.tl-tracelist-row { display: grid; grid-template-columns: ${traceListGridTemplate};
  align-items: center; }
.tl-tracelist-header { font-weight: 600; background: ${v("--tl-bg-alt")}; height: 28px;
  border-bottom: 1px solid ${v("--tl-border")}; }
.tl-tracelist-sort { font: inherit; color: inherit; background: none; border: 0; padding: 0;
  cursor: pointer; white-space: nowrap; }
.tl-tracelist-cell { padding: 0 6px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  min-width: 0; }
.tl-tracelist-num { text-align: right; font-variant-numeric: tabular-nums; }
.tl-tracelist-scroll { position: relative; overflow: auto; contain: strict; }
.tl-tracelist-body { position: relative; width: 100%; }
.tl-tracelist-data { position: absolute; top: 0; left: 0; width: 100%; box-sizing: border-box;
  cursor: default; border-bottom: 1px solid ${v("--tl-bg-alt")}; contain: layout style; }
.tl-tracelist-data:hover { background: ${v("--tl-bg-hover")}; }
.tl-tracelist-selected, .tl-tracelist-selected:hover { background: ${v("--tl-bg-selected")}; }
.tl-tracelist-data:focus { outline: none; }
.tl-tracelist-data:focus-visible, .tl-tracelist :focus-visible { outline: 2px solid ${v("--tl-focus")};
  outline-offset: -2px; }
.tl-tracelist-data > :first-child { font-family: ${v("--tl-mono")}; font-size: 12px; }
.tl-tracelist-dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%;
  margin-right: 4px; }
.tl-tracelist-empty { padding: 12px; color: ${v("--tl-fg-muted")}; }
${visuallyHiddenCss}
`;

/** The stylesheet, hoisted into the document head once however many lists render. */
export function TraceListStyles() {
  return <StyleSheet href="tracelens-tracelist" css={traceListCss} />;
}
