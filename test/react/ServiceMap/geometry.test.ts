import { describe, expect, it } from "vitest";
import { chooseCanvasView } from "../../../src/react/ServiceMap/chooseCanvasView";
import { chooseMapDetail } from "../../../src/react/ServiceMap/chooseMapDetail";
import { computeEdgePath } from "../../../src/react/ServiceMap/computeEdgePath";
import { computeFitTransform } from "../../../src/react/ServiceMap/computeFitTransform";
import { computeLayerDelta, coversViewport } from "../../../src/react/ServiceMap/computeLayerDelta";

describe("computeFitTransform", () => {
  it("centres the bounds and scales them to fit inside the padding", () => {
    const t = computeFitTransform({ minX: 0, minY: 0, maxX: 1000, maxY: 200 }, 520, 400, {
      padding: 10,
    });
    expect(t.k).toBeCloseTo(0.5, 10);
    expect(0 * t.k + t.x).toBeCloseTo(10, 10);
    expect(1000 * t.k + t.x).toBeCloseTo(510, 10);
    expect(100 * t.k + t.y).toBeCloseTo(200, 10); // vertical centre
  });
  it("clamps the scale (a tiny graph is not blown up, a huge one not lost)", () => {
    expect(computeFitTransform({ minX: 0, minY: 0, maxX: 10, maxY: 10 }, 800, 600).k).toBe(1.5);
    expect(
      computeFitTransform({ minX: 0, minY: 0, maxX: 1e9, maxY: 1 }, 800, 600, { minScale: 0.02 }).k,
    ).toBe(0.02);
  });
});

describe("computeEdgePath", () => {
  it("runs from the source's rim to the gap before the target's rim", () => {
    const p = computeEdgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 20 }, false, 2);
    expect(p.d).toBe("M10,0L78,0");
    expect([p.midX, p.midY]).toEqual([44, 0]);
  });
  it("bends the two edges of a pair to opposite sides", () => {
    const a = computeEdgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 10 }, true);
    const b = computeEdgePath({ x: 100, y: 0, r: 10 }, { x: 0, y: 0, r: 10 }, true);
    expect(a.d).toContain("Q");
    expect(Math.sign(a.midY)).toBe(-Math.sign(b.midY));
    expect(Math.abs(a.midY)).toBeGreaterThan(5);
  });
});

describe("chooseMapDetail", () => {
  it("shows full detail for big nodes on screen, medium for middling, low for small", () => {
    expect(chooseMapDetail(24, 1)).toBe("full");
    expect(chooseMapDetail(24, 0.6)).toBe("medium");
    expect(chooseMapDetail(24, 0.2)).toBe("low");
  });
});

describe("computeLayerDelta and coversViewport", () => {
  it("maps the drawn layer onto the live view", () => {
    const drawn = { x: 10, y: 20, k: 2 };
    const live = { x: 50, y: -30, k: 4 };
    const d = computeLayerDelta(live, drawn);
    // A layout point p is drawn at drawn.k·p + drawn.(x, y); moved by the delta it lands at live.
    const p = { x: 7, y: -3 };
    expect(d.s * (drawn.k * p.x + drawn.x) + d.tx).toBeCloseTo(live.k * p.x + live.x, 10);
    expect(d.s * (drawn.k * p.y + drawn.y) + d.ty).toBeCloseTo(live.k * p.y + live.y, 10);
  });
  it("says whether the drawn area (viewport + margin) still covers the viewport", () => {
    expect(coversViewport({ s: 1, tx: 0, ty: 0 }, 800, 600, 200)).toBe(true);
    expect(coversViewport({ s: 1, tx: 150, ty: 0 }, 800, 600, 200)).toBe(true);
    expect(coversViewport({ s: 1, tx: 250, ty: 0 }, 800, 600, 200)).toBe(false);
    expect(coversViewport({ s: 1, tx: 150, ty: 0 }, 800, 600, 200, 100)).toBe(false);
    expect(coversViewport({ s: 0.5, tx: 200, ty: 150 }, 800, 600, 200)).toBe(false);
  });
});

describe("chooseCanvasView", () => {
  const painted = { x: 0, y: 0, k: 1 };
  it("keeps the painted view while the scale holds and it covers the viewport with room to spare", () => {
    expect(chooseCanvasView(painted, { x: -150, y: 100, k: 1 }, 800, 600, 600)).toBe(painted);
  });
  it("repaints after a zoom, a long pan, or the first time", () => {
    const zoomed = { x: 0, y: 0, k: 1.2 };
    expect(chooseCanvasView(painted, zoomed, 800, 600, 600)).toBe(zoomed);
    const far = { x: -450, y: 0, k: 1 };
    expect(chooseCanvasView(painted, far, 800, 600, 600)).toBe(far); // 450 > 600 − 600 / 3
    expect(chooseCanvasView(null, painted, 800, 600, 600)).toBe(painted);
  });
});
