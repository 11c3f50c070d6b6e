import { describe, expect, it } from "vitest";
import { computeEdgeCurve } from "../../../src/react/ServiceMap/computeEdgeCurve";

describe("computeEdgeCurve", () => {
  it("runs a straight edge from rim to rim less the gap, with its control point at the middle", () => {
    const c = computeEdgeCurve({ x: 0, y: 0, r: 10 }, { x: 0, y: 100, r: 20 }, false, 2);
    expect(c).toMatchObject({ x0: 0, y0: 10, x1: 0, y1: 78, cx: 0, cy: 44, bent: false });
  });

  it("bulges a bent edge to the left of travel by 15 % of its length, ends on the rims", () => {
    const c = computeEdgeCurve({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 10 }, true, 2);
    expect(c.cx).toBeCloseTo(50, 9);
    expect(c.cy).toBeCloseTo(-15, 9); // y down: left of travel to the right is up
    expect(Math.hypot(c.x0, c.y0)).toBeCloseTo(10, 9);
    expect(Math.hypot(c.x1 - 100, c.y1)).toBeCloseTo(12, 9);
    const back = computeEdgeCurve({ x: 100, y: 0, r: 10 }, { x: 0, y: 0, r: 10 }, true, 2);
    expect(back.cy).toBeCloseTo(15, 9);
  });
});
