import type { CSSProperties, ReactNode } from "react";
import { darkTheme, lightTheme, type Theme } from "./themes";

export interface TracelensThemeProps {
  /** `light` (default), `dark`, or a full token set of your own. */
  readonly theme?: "light" | "dark" | Theme;
  readonly className?: string;
  readonly style?: CSSProperties;
  readonly children?: ReactNode;
}

/** Sets the `--tl-*` colour tokens for everything inside it. */
export function TracelensTheme({
  theme = "light",
  className,
  style,
  children,
}: TracelensThemeProps) {
  const tokens = theme === "light" ? lightTheme : theme === "dark" ? darkTheme : theme;
  return (
    <div
      className={className === undefined ? "tl-theme" : `tl-theme ${className}`}
      data-tl-theme={typeof theme === "string" ? theme : "custom"}
      style={{
        ...(tokens as CSSProperties),
        background: "var(--tl-bg)",
        color: "var(--tl-fg)",
        fontFamily: "var(--tl-font)",
        ...style,
      }}
    >
      {children}
    </div>
  );
}
