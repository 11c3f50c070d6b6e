import { StyleSheet } from "../theme/StyleSheet";
import { themeVar } from "../theme/themeVar";

const v = themeVar;

/** Stylesheet of the details panel; every colour is a theme variable with its light fallback. */
export const serviceDetailsCss = `
.tl-details { font-family: ${v("--tl-font")}; font-size: 13px; color: ${v("--tl-fg")};
  background: ${v("--tl-bg")}; border: 1px solid ${v("--tl-border")}; border-radius: 4px;
  padding: 8px 12px; display: flex; flex-direction: column; gap: 8px; }
.tl-details-title { margin: 0; font-size: 15px; overflow-wrap: anywhere; }
.tl-details-subtitle, .tl-details-hint, .tl-details-note { color: ${v("--tl-fg-muted")}; margin: 0; }
.tl-details-note code, .tl-details-expression { font-family: ${v("--tl-mono")}; }
.tl-details-stats { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.tl-details-stats th { text-align: left; font-weight: 400; color: ${v("--tl-fg-muted")};
  padding: 1px 16px 1px 0; }
.tl-details-stats td { text-align: right; padding: 1px 0; }
.tl-details-status { display: flex; flex-wrap: wrap; gap: 10px; border: 1px solid ${v("--tl-border")};
  border-radius: 3px; padding: 4px 8px; margin: 0; }
.tl-details-status legend { color: ${v("--tl-fg-muted")}; padding: 0 4px; }
.tl-details-actions { display: flex; gap: 8px; align-items: center; }
.tl-details-expression { flex: 1; padding: 4px 6px; background: ${v("--tl-bg-alt")};
  border: 1px solid ${v("--tl-border")}; border-radius: 3px; overflow-wrap: anywhere; font-size: 12px; }
.tl-details-actions button { font: inherit; color: ${v("--tl-fg")}; background: ${v("--tl-bg-selected")};
  border: 1px solid ${v("--tl-accent")}; border-radius: 3px; padding: 3px 10px; }
.tl-details-actions button:disabled { opacity: 0.5; }
.tl-details :focus-visible { outline: 2px solid ${v("--tl-focus")}; outline-offset: 1px; }
`;

/** The stylesheet, hoisted into the document head once however many panels render. */
export function ServiceDetailsStyles() {
  return <StyleSheet href="tracelens-service-details" css={serviceDetailsCss} />;
}
