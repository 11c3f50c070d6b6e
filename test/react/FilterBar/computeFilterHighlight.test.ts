import { expect, it } from "vitest";
import fc from "fast-check";
import { compileFilter } from "../../../src/filter/compileFilter";
import { scanFilter } from "../../../src/filter/scanFilter";
import { computeFilterHighlight } from "../../../src/react/FilterBar/computeFilterHighlight";
import { pushFilterHistory } from "../../../src/react/FilterBar/pushFilterHistory";

const highlight = (text: string) =>
  computeFilterHighlight(text, scanFilter(text).tokens, compileFilter(text).diagnostics);

const joined = (text: string) =>
  highlight(text)
    .map((p) => (p.type === "text" ? p.segment.text : p.segments.map((s) => s.text).join("")))
    .join("");

it("computeFilterHighlight gives back the exact text for any input", () => {
  fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => joined(text) === text));
  expect(joined('service("a") { fault } AND "unterminated')).toBe(
    'service("a") { fault } AND "unterminated',
  );
});

it("computeFilterHighlight places an underline at each diagnostic's range", () => {
  const text = "ok AND responsetme > 2";
  const underline = highlight(text).find((p) => p.type === "underline");
  expect(underline?.type === "underline" && underline.underline).toMatchObject({
    from: 7,
    to: 18,
    severity: "error",
  });
});

it("computeFilterHighlight keeps a zero-width diagnostic as a point", () => {
  const text = "responsetime >";
  const d = compileFilter(text).diagnostics;
  expect(d.length).toBeGreaterThan(0);
  const underlines = highlight(text).filter((p) => p.type === "underline");
  expect(underlines.length).toBe(d.length);
});

it("pushFilterHistory moves a repeated entry to the end, skips blanks and keeps the newest", () => {
  expect(pushFilterHistory(["ok", "error"], "ok")).toEqual(["error", "ok"]);
  expect(pushFilterHistory(["ok"], "  ")).toEqual(["ok"]);
  expect(pushFilterHistory(["a", "b", "c"], "d", 3)).toEqual(["b", "c", "d"]);
});
