import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createServiceMapModel } from "../../../src/react/ServiceMap/createServiceMapModel";
import { cullServiceMap } from "../../../src/react/ServiceMap/cullServiceMap";
import { makeServiceGraph, positionsOf } from "./support/makeServiceGraph";

const radius = { min: 10, max: 10 };
const all = { nodes: null, edges: null };

describe("cullServiceMap", () => {
  const graph = makeServiceGraph(
    [{ name: "a" }, { name: "b" }, { name: "c" }, { name: "d" }],
    [
      { from: "a", to: "b", ok: 1 },
      { from: "c", to: "d", ok: 1 },
      { from: "a", to: "d", ok: 1 },
    ],
  );
  // a and b far left and right of a 100 × 100 view at the origin; c inside; d far below.
  const model = createServiceMapModel(
    graph,
    positionsOf(graph, { a: [-1000, 50], b: [1000, 50], c: [50, 50], d: [50, 1000] }),
    { radius },
  );
  const key = (name: string) => graph.nodes.find((n) => n.name === name)!.key;
  const edgeKey = (a: string, b: string) =>
    graph.edges.find((e) => e.source === key(a) && e.target === key(b))!.key;

  it("keeps the nodes in view and the edges crossing the view, even with both ends outside", () => {
    const culled = cullServiceMap(model, all, { x: 0, y: 0, k: 1 }, { width: 100, height: 100 });
    expect(culled.nodes).toEqual([key("c")]);
    expect(new Set(culled.edges)).toEqual(new Set([edgeKey("a", "b"), edgeKey("c", "d")]));
  });

  it("maps the view through the transform and widens it by the margin", () => {
    const zoomedOut = cullServiceMap(
      model,
      all,
      { x: 500, y: 0, k: 0.5 },
      { width: 100, height: 100 },
    );
    expect(zoomedOut.nodes).toEqual([key("a")]); // x in [-1000, -800] at k 0.5, x offset 500
    const margin = cullServiceMap(
      model,
      all,
      { x: 0, y: 0, k: 1 },
      { width: 100, height: 100, margin: 950 },
    );
    // The view widened to [-950, 1050]²: b (x 1000) and d (y 1000) come in, a (x -1000) stays out.
    expect(new Set(margin.nodes)).toEqual(new Set([key("b"), key("c"), key("d")]));
  });

  it("draws only shown nodes and edges", () => {
    const shown = { nodes: new Set([key("c")]), edges: new Set<string>() };
    const culled = cullServiceMap(model, shown, { x: 0, y: 0, k: 1 }, { width: 100, height: 100 });
    expect(culled).toEqual({ nodes: [key("c")], edges: [] });
  });

  it("never drops a node whose circle overlaps the view, never keeps one far outside (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -2000, max: 2000 })),
          { minLength: 1, maxLength: 30 },
        ),
        fc.record({
          x: fc.integer({ min: -500, max: 500 }),
          y: fc.integer({ min: -500, max: 500 }),
          k: fc.double({ min: 0.05, max: 4, noNaN: true }),
        }),
        (points, t) => {
          const g = makeServiceGraph(points.map((_, i) => ({ name: `n${i}` })));
          const pos = positionsOf(g, Object.fromEntries(points.map((p, i) => [`n${i}`, p])));
          const m = createServiceMapModel(g, pos, { radius });
          const kept = new Set(cullServiceMap(m, all, t, { width: 300, height: 200 }).nodes);
          for (const n of m.nodes) {
            const sx = n.x * t.k + t.x;
            const sy = n.y * t.k + t.y;
            const r = n.r * t.k;
            const overlaps = sx + r >= 0 && sx - r <= 300 && sy + r >= 0 && sy - r <= 200;
            const farOut = sx + r < -1 || sx - r > 301 || sy + r < -1 || sy - r > 201;
            if (overlaps) expect(kept.has(n.key)).toBe(true);
            if (farOut) expect(kept.has(n.key)).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
