import { describe, expect, it } from "vitest";
import { createEdgeHitIndex } from "../../../src/react/ServiceMap/createEdgeHitIndex";
import { findEdgeAt } from "../../../src/react/ServiceMap/findEdgeAt";

// One edge along y = 0 from x 10 to x 88 (layout units), and one along y = 40.
const index = createEdgeHitIndex([
  { key: "low", source: { x: 0, y: 0, r: 10 }, target: { x: 100, y: 0, r: 10 }, bent: false },
  { key: "high", source: { x: 0, y: 40, r: 10 }, target: { x: 100, y: 40, r: 10 }, bent: false },
]);

describe("findEdgeAt", () => {
  it("maps the screen point through the transform to the edge under it", () => {
    const t = { x: 300, y: 200, k: 2 };
    expect(findEdgeAt(index, t, 300 + 50 * 2, 200)).toBe("low");
    expect(findEdgeAt(index, t, 300 + 50 * 2, 200 + 40 * 2)).toBe("high");
    expect(findEdgeAt(index, t, 300 + 50 * 2, 200 + 20 * 2)).toBeNull();
  });

  it("keeps the tolerance in screen pixels, so zooming out widens it in layout units", () => {
    // A point 10 layout units below the low edge.
    const screenAt = (k: number) => [50 * k, 10 * k] as const;
    expect(findEdgeAt(index, { x: 0, y: 0, k: 1 }, ...screenAt(1))).toBeNull(); // 10 px away
    expect(findEdgeAt(index, { x: 0, y: 0, k: 0.3 }, ...screenAt(0.3))).toBe("low"); // 3 px away
    expect(findEdgeAt(index, { x: 0, y: 0, k: 0.5 }, ...screenAt(0.5))).toBeNull(); // 5 px away
    expect(findEdgeAt(index, { x: 0, y: 0, k: 0.5 }, ...screenAt(0.5), 6)).toBe("low");
    // Zoomed out far, the 40 units between the edges are 4 px: the nearer one still wins.
    expect(findEdgeAt(index, { x: 0, y: 0, k: 0.1 }, 5, 1.5)).toBe("low");
    expect(findEdgeAt(index, { x: 0, y: 0, k: 0.1 }, 5, 2.5)).toBe("high");
  });
});
