import { StyleSheet } from "../theme/StyleSheet";
import { visuallyHiddenCss } from "../theme/visuallyHiddenCss";
import { themeVar } from "../theme/themeVar";

const v = themeVar;

/** Stylesheet of the filter bar; every colour is a theme variable with its light fallback. */
export const filterBarCss = `
.tl-filterbar { display: flex; gap: 6px; align-items: flex-start; font-family: ${v("--tl-font")};
  font-size: 13px; color: ${v("--tl-fg")}; }
.tl-filterbar-box { position: relative; flex: 1; min-width: 0; }
.tl-filterbar-field { position: relative; border: 1px solid ${v("--tl-border")}; border-radius: 3px;
  background: ${v("--tl-bg")}; }
.tl-filterbar-field:focus-within { outline: 2px solid ${v("--tl-focus")}; outline-offset: 1px; }
.tl-filterbar-input, .tl-filterbar-mirror { font-family: ${v("--tl-mono")}; font-size: 13px;
  line-height: 20px; padding: 4px 8px; margin: 0; border: 0; box-sizing: border-box; width: 100%;
  white-space: pre; letter-spacing: normal; }
.tl-filterbar-input { position: relative; display: block; color: transparent; background: transparent;
  caret-color: ${v("--tl-fg")}; outline: none; }
.tl-filterbar-input::placeholder { color: ${v("--tl-fg-muted")}; }
.tl-filterbar-mirror { position: absolute; inset: 0; overflow: hidden; pointer-events: none;
  color: ${v("--tl-fg")}; z-index: 1; }
.tl-filterbar-tok-keyword { color: ${v("--tl-accent")}; }
.tl-filterbar-tok-function { color: ${v("--tl-critical")}; font-weight: 600; }
.tl-filterbar-tok-logical { color: ${v("--tl-throttle")}; font-weight: 600; }
.tl-filterbar-tok-operator { color: ${v("--tl-fg-muted")}; font-weight: 600; }
.tl-filterbar-tok-string, .tl-filterbar-tok-json { color: ${v("--tl-ok")}; }
.tl-filterbar-tok-number, .tl-filterbar-tok-value { color: ${v("--tl-error")}; }
.tl-filterbar-diag { position: relative; }
.tl-filterbar-squiggle { position: absolute; left: 0; right: 0; bottom: -3px; height: 6px;
  pointer-events: auto; cursor: help;
  background: linear-gradient(135deg, transparent 35%, ${v("--tl-fault")} 35%, ${v("--tl-fault")} 55%, transparent 55%) 0 0 / 6px 6px repeat-x; }
.tl-filterbar-diag-warning .tl-filterbar-squiggle {
  background: linear-gradient(135deg, transparent 35%, ${v("--tl-error")} 35%, ${v("--tl-error")} 55%, transparent 55%) 0 0 / 6px 6px repeat-x; }
.tl-filterbar-diag-point { display: inline-block; width: 0; height: 1em; }
.tl-filterbar-diag-point .tl-filterbar-squiggle { right: auto; width: 8px; }
.tl-filterbar-tooltip { position: absolute; left: 0; top: 100%; margin-top: 4px; z-index: 3;
  padding: 4px 8px; border: 1px solid ${v("--tl-border")}; border-radius: 3px;
  background: ${v("--tl-bg-alt")}; color: ${v("--tl-fg")}; max-width: 40em; }
.tl-filterbar-listbox { position: absolute; left: 0; top: 100%; margin: 2px 0 0; padding: 2px 0;
  list-style: none; z-index: 4; min-width: 16em; max-height: 16em; overflow: auto;
  border: 1px solid ${v("--tl-border")}; background: ${v("--tl-bg")}; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.tl-filterbar-option { display: flex; gap: 12px; justify-content: space-between; padding: 2px 8px;
  cursor: pointer; font-family: ${v("--tl-mono")}; }
.tl-filterbar-option[aria-selected="true"] { background: ${v("--tl-bg-selected")}; }
.tl-filterbar-option-detail { color: ${v("--tl-fg-muted")}; font-family: ${v("--tl-font")};
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 24em; }
.tl-filterbar button { font: inherit; color: ${v("--tl-fg")}; background: ${v("--tl-bg-alt")};
  border: 1px solid ${v("--tl-border")}; border-radius: 3px; padding: 4px 10px; line-height: 20px; }
.tl-filterbar button:focus-visible { outline: 2px solid ${v("--tl-focus")}; outline-offset: 1px; }
.tl-filterbar-status { color: ${v("--tl-fault")}; padding-top: 6px; white-space: nowrap; }
${visuallyHiddenCss}
`;

/** The stylesheet, hoisted into the document head once however many filter bars render. */
export function FilterBarStyles() {
  return <StyleSheet href="tracelens-filterbar" css={filterBarCss} />;
}
