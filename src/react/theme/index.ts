export { darkTheme, lightTheme } from "./themes";
export type { Theme, ThemeToken } from "./themes";
export { readThemeVar, themeVar } from "./themeVar";
export { statusColor, statusToken } from "./statusColor";
export { TracelensTheme } from "./TracelensTheme";
export type { TracelensThemeProps } from "./TracelensTheme";
