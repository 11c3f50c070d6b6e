import { describe, expect, it } from "vitest";
import {
  darkTheme,
  lightTheme,
  type Theme,
  type ThemeToken,
} from "../../../src/react/theme/themes";

/** sRGB channels 0..1 of `#rgb` or `#rrggbb`; throws on anything else (the test then fails). */
function parseHex(colour: string): [number, number, number] {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const parts = short ? short.slice(1).map((c) => c + c) : long ? long.slice(1) : null;
  if (parts === null) throw new Error(`not a hex colour: ${colour}`);
  return [0, 1, 2].map((i) => parseInt(parts[i], 16) / 255) as [number, number, number];
}

/** WCAG 2.x relative luminance. */
function luminance(colour: string): number {
  const [r, g, b] = parseHex(colour).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio (1..21). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const themes: readonly [string, Theme][] = [
  ["light", lightTheme],
  ["dark", darkTheme],
];

/** Tokens drawn as text. */
const textTokens: readonly ThemeToken[] = ["--tl-fg", "--tl-fg-muted", "--tl-accent"];
/** Backgrounds text sits on: the panel, alternate rows, hovered and selected rows. */
const textBackgrounds: readonly ThemeToken[] = [
  "--tl-bg",
  "--tl-bg-alt",
  "--tl-bg-hover",
  "--tl-bg-selected",
];
/** Colours used as fills (bars, status dots, rings) and indicators (focus, critical path). */
const fillTokens: readonly ThemeToken[] = [
  "--tl-ok",
  "--tl-error",
  "--tl-throttle",
  "--tl-fault",
  "--tl-pending",
  "--tl-inferred",
  "--tl-critical",
  "--tl-focus",
];

describe("contrast ratio helper", () => {
  it("gives 21:1 for black on white and about 4.48:1 for #777 on white", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777", "#fff")).toBeCloseTo(4.48, 2);
  });
});

describe.each(themes)("the %s theme", (_name, theme) => {
  it.each(textTokens.flatMap((fg) => textBackgrounds.map((bg) => [fg, bg] as const)))(
    "text %s on %s meets WCAG AA (4.5:1)",
    (fg, bg) => {
      expect(contrast(theme[fg], theme[bg])).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("text on the search-match highlight meets WCAG AA (4.5:1)", () => {
    expect(contrast(theme["--tl-fg"], theme["--tl-match"])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(
    fillTokens.flatMap((fill) =>
      (["--tl-bg", "--tl-bg-alt"] as const).map((bg) => [fill, bg] as const),
    ),
  )("fill %s against %s meets the 3:1 non-text contrast", (fill, bg) => {
    expect(contrast(theme[fill], theme[bg])).toBeGreaterThanOrEqual(3);
  });

  it("the focus ring stands out 3:1 from a selected row", () => {
    expect(contrast(theme["--tl-focus"], theme["--tl-bg-selected"])).toBeGreaterThanOrEqual(3);
  });

  it("defines every token the light theme defines", () => {
    expect(Object.keys(theme).sort()).toEqual(Object.keys(lightTheme).sort());
  });
});
