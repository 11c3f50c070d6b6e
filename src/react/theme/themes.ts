/**
 * The colour tokens of every component, as CSS custom properties (`--tl-*`). Components read them
 * through `themeVar`, which falls back to the light value, so nothing needs a provider; wrap a
 * subtree in `TracelensTheme` (or set the variables yourself) to switch to dark or to rebrand.
 * Status colours follow the X-Ray console: OK green, error (4xx) amber, throttle (429) purple,
 * fault (5xx) red. Every text/background pair meets WCAG AA contrast in both themes.
 */
export const lightTheme = {
  "--tl-bg": "#ffffff",
  "--tl-bg-alt": "#f4f6f8",
  "--tl-bg-hover": "#e9eef4",
  "--tl-bg-selected": "#d6e6fb",
  "--tl-fg": "#16191f",
  "--tl-fg-muted": "#545b64",
  "--tl-border": "#c7ccd1",
  "--tl-focus": "#0a58ca",
  "--tl-accent": "#0a58ca",
  "--tl-ok": "#1d8102",
  "--tl-error": "#b35c00",
  "--tl-throttle": "#7c3aed",
  "--tl-fault": "#d13212",
  "--tl-pending": "#687078",
  "--tl-inferred": "#8d6e63",
  "--tl-match": "#fff3a3",
  "--tl-critical": "#0b3d91",
  "--tl-font": 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  "--tl-mono": "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
} as const;

export type ThemeToken = keyof typeof lightTheme;
export type Theme = Readonly<Record<ThemeToken, string>>;

export const darkTheme: Theme = {
  "--tl-bg": "#16191f",
  "--tl-bg-alt": "#1f242c",
  "--tl-bg-hover": "#2a313b",
  "--tl-bg-selected": "#173a63",
  "--tl-fg": "#e9ebed",
  "--tl-fg-muted": "#a8b0b9",
  "--tl-border": "#414d5c",
  "--tl-focus": "#66a8ff",
  "--tl-accent": "#66a8ff",
  "--tl-ok": "#4cc94c",
  "--tl-error": "#f5a623",
  "--tl-throttle": "#b794f6",
  "--tl-fault": "#ff6a55",
  "--tl-pending": "#9aa4ae",
  "--tl-inferred": "#c4a484",
  "--tl-match": "#5c4a00",
  "--tl-critical": "#9cc7ff",
  "--tl-font": lightTheme["--tl-font"],
  "--tl-mono": lightTheme["--tl-mono"],
};
