import { describe, expect, it } from "vitest";
import { computeMapDrawing } from "../../../src/react/ServiceMap/computeMapDrawing";

const culled = { nodes: ["a", "b", "c"], edges: ["ab", "bc"] };
const none = { nodes: new Set<string>(), edges: new Set<string>() };

describe("computeMapDrawing", () => {
  it("draws every culled element as SVG at full and medium detail", () => {
    for (const detail of ["full", "medium"] as const) {
      const d = computeMapDrawing({
        culled,
        detail,
        emphasized: none,
        required: { nodes: [], edges: [] },
      });
      expect(d).toEqual({
        svgNodes: ["a", "b", "c"],
        svgEdges: ["ab", "bc"],
        canvasNodes: [],
        canvasEdges: [],
      });
    }
  });

  it("paints on the canvas at low detail, keeping emphasized ones in view and required ones as SVG", () => {
    const d = computeMapDrawing({
      culled,
      detail: "low",
      emphasized: { nodes: new Set(["b", "z"]), edges: new Set(["bc"]) },
      required: { nodes: ["q"], edges: [] },
    });
    expect(d.canvasNodes).toEqual(["a", "b", "c"]);
    expect(d.canvasEdges).toEqual(["ab", "bc"]);
    expect(d.svgNodes).toEqual(["b", "q"]); // z is emphasized but out of view
    expect(d.svgEdges).toEqual(["bc"]);
  });

  it("takes the canvas lists from the canvas's own (wider, less often repainted) culling", () => {
    const wide = { nodes: ["a", "b", "c", "d"], edges: ["ab", "bc", "cd"] };
    const d = computeMapDrawing({
      culled,
      canvasCulled: wide,
      detail: "low",
      emphasized: none,
      required: { nodes: [], edges: [] },
    });
    expect(d.canvasNodes).toBe(wide.nodes);
    expect(d.canvasEdges).toBe(wide.edges);
    expect(d.svgNodes).toEqual([]);
  });

  it("sends edges to the canvas when too many are in view", () => {
    const d = computeMapDrawing({
      culled,
      detail: "full",
      emphasized: none,
      required: { nodes: [], edges: ["bc"] },
      maxSvgEdges: 1,
    });
    expect(d.svgNodes).toEqual(["a", "b", "c"]);
    expect(d.canvasEdges).toEqual(["ab", "bc"]);
    expect(d.svgEdges).toEqual(["bc"]);
  });
});
