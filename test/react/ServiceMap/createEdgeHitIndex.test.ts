import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeEdgeCurve } from "../../../src/react/ServiceMap/computeEdgeCurve";
import {
  createEdgeHitIndex,
  CURVE_PIECES,
  type EdgeHitInput,
} from "../../../src/react/ServiceMap/createEdgeHitIndex";

const end = (x: number, y: number, r = 10) => ({ x, y, r });
const edge = (key: string, from: [number, number], to: [number, number], bent = false) => ({
  key,
  source: end(...from),
  target: end(...to),
  bent,
});
/** The point at `t` of an edge's drawn curve. */
const at = (e: EdgeHitInput, t: number) => {
  const c = computeEdgeCurve(e.source, e.target, e.bent);
  const a = (1 - t) * (1 - t);
  const b = 2 * (1 - t) * t;
  return { x: a * c.x0 + b * c.cx + t * t * c.x1, y: a * c.y0 + b * c.cy + t * t * c.y1 };
};

describe("createEdgeHitIndex", () => {
  it("finds a straight edge for points on its line and within the radius, and nothing beyond", () => {
    // Drawn from the source's rim (x 10) to 2 units before the target's rim (x 88).
    const index = createEdgeHitIndex([edge("ab", [0, 0], [100, 0])]);
    expect(index.nearest(50, 0, 1)).toEqual({ key: "ab", distance: 0 });
    expect(index.nearest(50, 3, 4)?.distance).toBeCloseTo(3, 9);
    expect(index.nearest(50, -3.9, 4)?.key).toBe("ab");
    expect(index.nearest(50, 4.5, 4)).toBeNull();
    // Past the ends of the drawn line (inside the node circles) the distance counts from the ends.
    expect(index.nearest(4, 0, 4)).toBeNull();
    expect(index.nearest(7, 0, 4)?.distance).toBeCloseTo(3, 9);
    expect(index.nearest(5000, 5000, 4)).toBeNull();
  });

  it("follows a bent edge's curve, not the straight line between its ends", () => {
    const there = edge("ab", [0, 0], [100, 0], true);
    const back = edge("ba", [100, 0], [0, 0], true);
    const index = createEdgeHitIndex([there, back]);
    for (const t of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const p = at(there, t);
      const hit = index.nearest(p.x, p.y, 4);
      expect(hit?.key).toBe("ab");
      expect(hit!.distance).toBeLessThan(0.1); // the curve in 8 straight pieces
      const q = at(back, t);
      expect(index.nearest(q.x, q.y, 4)?.key).toBe("ba");
    }
    // On the straight line between the ends, midway between the pair's curves (about 9 units
    // from each): neither is within 4.
    expect(index.nearest(50, 0, 4)).toBeNull();
    expect(index.nearest(50, 0, 12)?.distance).toBeCloseTo(Math.abs(at(there, 0.5).y), 0);
  });

  it("picks the nearest of overlapping edges, and the earlier one on a tie", () => {
    const index = createEdgeHitIndex([
      edge("low", [0, 0], [200, 0]),
      edge("high", [0, 6], [200, 6]),
      edge("cross", [100, -100], [100, 100]),
    ]);
    expect(index.nearest(50, 2, 5)?.key).toBe("low");
    expect(index.nearest(50, 4, 5)?.key).toBe("high");
    expect(index.nearest(98, 4.5, 5)?.key).toBe("high"); // 1.5 from high, 2 from cross
    expect(index.nearest(99.5, 4.5, 5)?.key).toBe("cross"); // 0.5 from cross
    expect(index.nearest(100, 0, 5)).toEqual({ key: "low", distance: 0 }); // low and cross meet
  });

  it("answers nothing for no edges or a bad query", () => {
    expect(createEdgeHitIndex([]).nearest(0, 0, 10)).toBeNull();
    const index = createEdgeHitIndex([edge("ab", [0, 0], [100, 0])]);
    expect(index.size).toBe(1);
    expect(index.nearest(Number.NaN, 0, 4)).toBeNull();
    expect(index.nearest(50, 0, -1)).toBeNull();
  });

  it("gives what a scan of every edge's pieces gives (property)", () => {
    const coord = fc.integer({ min: -2000, max: 2000 });
    const edgeArb = fc.record({
      from: fc.tuple(coord, coord),
      to: fc.tuple(coord, coord),
      r: fc.integer({ min: 0, max: 40 }),
      bent: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(edgeArb, { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(coord, coord, fc.double({ min: 0, max: 300, noNaN: true })), {
          minLength: 1,
          maxLength: 20,
        }),
        (specs, queries) => {
          const edges = specs.map((s, i) => ({
            key: `e${i}`,
            source: end(...s.from, s.r),
            target: end(...s.to, s.r),
            bent: s.bent,
          }));
          const index = createEdgeHitIndex(edges);
          for (const [x, y, radius] of queries) {
            let best: { key: string; distance: number } | null = null;
            for (const e of edges) {
              const pieces = e.bent ? CURVE_PIECES : 1;
              for (let i = 0; i < pieces; i++) {
                const p = at(e, i / pieces);
                const q = at(e, (i + 1) / pieces);
                const d = distanceToSegment(x, y, p.x, p.y, q.x, q.y);
                if (d <= radius && (best === null || d < best.distance - 1e-9))
                  best = { key: e.key, distance: d };
              }
            }
            const hit = index.nearest(x, y, radius);
            if (best === null) {
              // Only a hit at the rounding edge of the radius may differ from the scan.
              if (hit !== null) expect(hit.distance).toBeGreaterThan(radius - 1e-6);
            } else {
              expect(hit).not.toBeNull();
              expect(hit!.distance).toBeCloseTo(best.distance, 6);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

function distanceToSegment(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const l2 = dx * dx + dy * dy;
  const t = l2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - x0) * dx + (y - y0) * dy) / l2));
  return Math.hypot(x0 + t * dx - x, y0 + t * dy - y);
}
