import { describe, expect, it } from "vitest";
import { createServiceMapModel } from "../../../src/react/ServiceMap/createServiceMapModel";
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
