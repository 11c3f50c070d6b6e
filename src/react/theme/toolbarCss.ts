import { themeVar as v } from "./themeVar";

/**
 * The rules of a component toolbar (`tl-toolbar`: a wrapping row of buttons, selects and inputs,
 * `tl-toolbar-sep` separators, the `ToolbarSearch` box and count), shared by the component sheets
 * that have one. Each component sets its own `gap` on its toolbar's own class: the rules are in
 * every sheet that includes them, so a default here could come later than a component's override.
 */
export const toolbarCss = `.tl-toolbar { display: flex; flex-wrap: wrap; align-items: center; padding: 6px;
  border-bottom: 1px solid ${v("--tl-border")}; background: ${v("--tl-bg-alt")}; }
.tl-toolbar button, .tl-toolbar select, .tl-toolbar input { font: inherit;
  color: ${v("--tl-fg")}; background: ${v("--tl-bg")}; border: 1px solid ${v("--tl-border")};
  border-radius: 3px; padding: 2px 8px; }
.tl-toolbar button[aria-pressed="true"] { background: ${v("--tl-bg-selected")};
  border-color: ${v("--tl-accent")}; }
.tl-toolbar button:disabled { opacity: 0.5; }
.tl-toolbar :focus-visible { outline: 2px solid ${v("--tl-focus")}; outline-offset: 1px; }
.tl-toolbar-search { width: 14em; }
.tl-toolbar-count { color: ${v("--tl-fg-muted")}; }
.tl-toolbar-sep { width: 1px; align-self: stretch; background: ${v("--tl-border")}; }`;
