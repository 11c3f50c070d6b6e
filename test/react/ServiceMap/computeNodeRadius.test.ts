import { describe, expect, it } from "vitest";
import { createNodeRadius } from "../../../src/react/ServiceMap/computeNodeRadius";

describe("createNodeRadius", () => {
  it("gives every node the minimum with sizing none", () => {
    const radius = createNodeRadius("none", 1000, { min: 10, max: 40 });
    expect([radius(0), radius(500), radius(1000)]).toEqual([10, 10, 10]);
  });

  it("scales the area with the value for health and traffic: min at 0, max at the largest, √ between", () => {
    for (const sizing of ["health", "traffic"] as const) {
      const radius = createNodeRadius(sizing, 400, { min: 10, max: 40 });
      expect(radius(0)).toBe(10);
      expect(radius(400)).toBe(40);
      expect(radius(100)).toBeCloseTo(10 + 30 * 0.5, 10);
      expect(radius(-5)).toBe(10);
      expect(radius(NaN)).toBe(10);
      expect(radius(10_000)).toBe(40);
    }
  });

  it("falls back to the minimum when no node has any value", () => {
    expect(createNodeRadius("traffic", 0, { min: 12, max: 40 })(0)).toBe(12);
  });
});
