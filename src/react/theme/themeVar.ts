import { lightTheme, type ThemeToken } from "./themes";

/** `var(--tl-x, <light value>)`: a CSS value that follows the active theme. */
export function themeVar(token: ThemeToken): string {
  return `var(${token}, ${lightTheme[token]})`;
}

/**
 * Reads a token's current value from an element (for canvas drawing, which cannot use `var()`).
 * Falls back to the light value when the element or the variable is missing.
 */
export function readThemeVar(element: Element | null, token: ThemeToken): string {
  if (element === null) return lightTheme[token];
  const value = getComputedStyle(element).getPropertyValue(token).trim();
  return value === "" ? lightTheme[token] : value;
}
