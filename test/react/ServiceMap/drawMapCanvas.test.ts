import { describe, expect, it } from "vitest";
import { createServiceMapModel } from "../../../src/react/ServiceMap/createServiceMapModel";
import { computeEdgeCurve } from "../../../src/react/ServiceMap/computeEdgeCurve";
import { drawMapCanvas, type MapCanvasContext } from "../../../src/react/ServiceMap/drawMapCanvas";
import { findNodeAt } from "../../../src/react/ServiceMap/findNodeAt";
import { makeServiceGraph, positionsOf } from "./support/makeServiceGraph";

const graph = makeServiceGraph(
  [
    { name: "u", kind: "client" },
    { name: "a", ok: 9, fault: 1 },
    { name: "b", fault: 5, ok: 1 },
    { name: "c" },
  ],
  [
    { from: "client:u", to: "a", ok: 10 },
    { from: "a", to: "b", ok: 6 },
    { from: "a", to: "c", ok: 1, link: true },
  ],
);
const model = createServiceMapModel(
  graph,
  positionsOf(graph, { "client:u": [0, 0], a: [100, 0], b: [200, 0], c: [200, 100] }),
  { radius: { min: 10, max: 10 } },
);

/** A context that records the calls and the state at each fill and stroke. */
function recorder() {
  const calls: string[] = [];
  const ctx = {
    globalAlpha: 1,
    lineWidth: 1,
    strokeStyle: "",
    fillStyle: "",
    dash: [] as number[],
    setTransform: (...a: number[]) => calls.push(`transform ${a.join(",")}`),
    clearRect: () => calls.push("clear"),
    beginPath: () => calls.push("begin"),
    moveTo: (x: number, y: number) => calls.push(`M ${x},${y}`),
    lineTo: (x: number, y: number) => calls.push(`L ${x},${y}`),
    quadraticCurveTo: (cx: number, cy: number, x: number, y: number) =>
      calls.push(`Q ${cx},${cy} ${x},${y}`),
    arc: (x: number, y: number, r: number) => calls.push(`arc ${x},${y},${r}`),
    setLineDash(d: number[]) {
      this.dash = d;
    },
    stroke() {
      calls.push(`stroke ${this.strokeStyle} dash=${this.dash.length > 0}`);
    },
    fill() {
      calls.push(`fill ${this.fillStyle}`);
    },
  };
  return { ctx: ctx as unknown as MapCanvasContext, calls };
}

const colors = {
  background: "bg",
  edge: "edge",
  client: "client",
  pending: "pending",
  status: { ok: "green", error: "amber", throttle: "purple", fault: "red" },
};

describe("drawMapCanvas", () => {
  it("strokes synchronous edges solid and async ones dashed, then discs and rings in each node's main status colour", () => {
    const { ctx, calls } = recorder();
    drawMapCanvas(ctx, {
      model,
      nodes: model.nodes.map((n) => n.key),
      edges: model.edges.map((e) => e.key),
      transform: { x: 10, y: 20, k: 2 },
      offset: 5,
      ratio: 1,
      width: 100,
      height: 100,
      colors,
    });
    expect(calls).toContain("transform 2,0,0,2,15,25");
    expect(calls.filter((c) => c.startsWith("stroke edge"))).toEqual([
      "stroke edge dash=false",
      "stroke edge dash=true",
    ]);
    expect(calls.filter((c) => c.startsWith("fill"))).toEqual([
      "fill bg",
      "fill green",
      "fill red",
      "fill pending",
    ]);
    expect(calls.filter((c) => c.startsWith("stroke client"))).toEqual(["stroke client dash=true"]);
  });

  it("paints each edge along its SVG line: rim to rim, and a pair of opposite edges as two curves", () => {
    const pair = makeServiceGraph(
      [{ name: "a" }, { name: "b" }, { name: "c" }],
      [
        { from: "a", to: "b", ok: 1 },
        { from: "b", to: "a", ok: 1 },
        { from: "a", to: "c", ok: 1 },
      ],
    );
    const m = createServiceMapModel(
      pair,
      positionsOf(pair, { a: [0, 0], b: [100, 0], c: [0, 100] }),
      { radius: { min: 10, max: 10 } },
    );
    const { ctx, calls } = recorder();
    drawMapCanvas(ctx, {
      model: m,
      nodes: [],
      edges: m.edges.map((e) => e.key),
      transform: { x: 0, y: 0, k: 1 },
      offset: 0,
      ratio: 1,
      width: 100,
      height: 100,
      colors,
    });
    for (const e of m.edges) {
      const c = computeEdgeCurve(e.source, e.target, e.bent);
      const move = calls.indexOf(`M ${c.x0},${c.y0}`);
      expect(move).toBeGreaterThan(-1);
      expect(calls[move + 1]).toBe(
        e.bent ? `Q ${c.cx},${c.cy} ${c.x1},${c.y1}` : `L ${c.x1},${c.y1}`,
      );
    }
    expect(calls.filter((c) => c.startsWith("Q")).length).toBe(2);
    expect(calls).toContain("M 0,10"); // a → c leaves a's rim, not its centre
  });
});

describe("findNodeAt", () => {
  it("finds the node under a screen point through the transform, with a little tolerance", () => {
    const all = { nodes: null, edges: null };
    const t = { x: 50, y: 10, k: 0.5 };
    const a = graph.nodes.find((n) => n.name === "a")!.key;
    expect(findNodeAt(model, all, t, 100 * 0.5 + 50, 10)).toBe(a);
    expect(findNodeAt(model, all, t, 100 * 0.5 + 50 + 7, 10)).toBe(a); // r 5 on screen + 3 px
    expect(findNodeAt(model, all, t, 100 * 0.5 + 50 + 9, 10)).toBeNull();
    expect(findNodeAt(model, { nodes: new Set<string>(), edges: null }, t, 100, 10)).toBeNull();
  });
});
