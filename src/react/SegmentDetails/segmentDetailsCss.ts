import { themeVar } from "../theme/themeVar";

const fg = themeVar("--tl-fg");
const muted = themeVar("--tl-fg-muted");
const border = themeVar("--tl-border");

/** The static style sheet of `SegmentDetails` (no trace data in it), scoped to its root class. */
export const segmentDetailsCss = `
.tl-segment-details { color: ${fg}; background: ${themeVar("--tl-bg")}; font-family: ${themeVar("--tl-font")}; font-size: 13px; line-height: 1.45; }
.tl-details-header { display: flex; align-items: center; gap: 0.6em; padding: 0.5em 0.75em; }
.tl-details-name { font-weight: 600; font-size: 1.1em; overflow-wrap: anywhere; }
.tl-details-status { display: inline-flex; align-items: center; gap: 0.35em; color: ${muted}; }
.tl-details-status-dot { display: inline-block; width: 0.75em; height: 0.75em; border-radius: 50%; }
.tl-details-tablist { display: flex; flex-wrap: wrap; gap: 2px; border-bottom: 1px solid ${border}; padding: 0 0.5em; }
.tl-details-tab { font: inherit; color: ${muted}; background: none; border: none; border-bottom: 2px solid transparent; padding: 0.45em 0.8em; cursor: pointer; }
.tl-details-tab:hover { color: ${fg}; background: ${themeVar("--tl-bg-hover")}; }
.tl-details-tab[aria-selected="true"] { color: ${fg}; font-weight: 600; border-bottom-color: ${themeVar("--tl-accent")}; }
.tl-segment-details :focus-visible { outline: 2px solid ${themeVar("--tl-focus")}; outline-offset: 1px; }
.tl-details-panel { padding: 0.75em; overflow: auto; }
.tl-details-kv { border-collapse: collapse; width: 100%; margin-bottom: 0.9em; }
.tl-details-kv-caption { text-align: start; font-weight: 600; padding: 0.25em 0; }
.tl-details-kv th, .tl-details-kv td { text-align: start; vertical-align: top; padding: 0.2em 0.6em 0.2em 0; border-bottom: 1px solid ${themeVar("--tl-bg-alt")}; }
.tl-details-kv th { color: ${muted}; font-weight: normal; width: 11em; }
.tl-details-kv td { white-space: pre-wrap; overflow-wrap: anywhere; }
.tl-details-kv thead th { font-weight: 600; }
.tl-details-mono, .tl-details-json, .tl-details-stack { font-family: ${themeVar("--tl-mono")}; font-size: 12px; }
.tl-details-pre { margin: 0; padding: 0.5em; background: ${themeVar("--tl-bg-alt")}; white-space: pre-wrap; overflow-wrap: anywhere; }
.tl-details-sql { margin: 0 0 0.9em; }
.tl-details-sql figcaption { font-weight: 600; padding-bottom: 0.25em; }
.tl-details-muted, .tl-details-note { color: ${muted}; }
.tl-details-note { margin: 0 0 0.75em; }
.tl-details-exception { border: 1px solid ${border}; border-radius: 4px; padding: 0.5em 0.75em; margin-bottom: 0.9em; }
.tl-details-exception-title { margin-bottom: 0.4em; overflow-wrap: anywhere; white-space: pre-wrap; }
.tl-details-stack { list-style: none; margin: 0; padding: 0.4em 0.6em; background: ${themeVar("--tl-bg-alt")}; }
.tl-details-stack li { white-space: pre-wrap; overflow-wrap: anywhere; }
.tl-details-namespace { margin-bottom: 0.6em; }
.tl-details-json { list-style: none; margin: 0; padding: 0; }
.tl-details-json li { white-space: pre-wrap; overflow-wrap: anywhere; }
.tl-details-json-toggle, .tl-details-json-more, .tl-details-more { font: inherit; color: inherit; background: none; border: none; padding: 0; cursor: pointer; text-align: start; }
.tl-details-json-more, .tl-details-more { color: ${themeVar("--tl-accent")}; text-decoration: underline; }
.tl-details-json-key { color: ${fg}; font-weight: 600; }
.tl-details-json-summary, .tl-details-json-null, .tl-details-json-depth { color: ${muted}; }
.tl-details-json-depth { margin-inline-end: 0.5em; }
`;
