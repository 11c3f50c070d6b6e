import { describe, expect, it } from "vitest";
import { serviceMapCss } from "../../../src/react/ServiceMap/ServiceMapStyles";

/** Selectors of the rules whose selector mentions `cls`. */
const selectorsWith = (cls: string): string[] =>
  [...serviceMapCss.matchAll(/([^{}]+)\{[^}]*\}/g)]
    .flatMap((m) => m[1]!.split(","))
    .map((s) => s.trim())
    .filter((s) => s.includes(cls));

describe("serviceMapCss", () => {
  it("hovering styles only the two base groups and the canvas, never each node or edge", () => {
    const hovering = selectorsWith(".tl-map-hovering");
    expect(hovering.length).toBeGreaterThan(0);
    for (const selector of hovering) {
      const subject = selector.split(/\s+|>/).filter(Boolean).at(-1);
      expect([".tl-map-nodes", ".tl-map-edges", ".tl-map-canvas"]).toContain(subject);
    }
  });

  it("keeps the overlay of copies out of the pointer's way", () => {
    expect(selectorsWith(".tl-map-overlay").some((s) => s === ".tl-map-overlay")).toBe(true);
    expect(serviceMapCss).toMatch(/\.tl-map-overlay \{[^}]*pointer-events: none/);
  });
});
