import { describe, expect, it } from "vitest";
import { computeShownElements } from "../../../src/react/ServiceMap/computeShownElements";
import { createServiceMapModel } from "../../../src/react/ServiceMap/createServiceMapModel";
import { resolveMapKey } from "../../../src/react/ServiceMap/resolveMapKey";
import { makeServiceGraph, positionsOf } from "./support/makeServiceGraph";

const graph = makeServiceGraph(
  [{ name: "a" }, { name: "b" }, { name: "c" }, { name: "d" }],
  [
    { from: "a", to: "b", ok: 1 },
    { from: "a", to: "c", ok: 1 },
    { from: "d", to: "a", ok: 1 },
  ],
);
const model = createServiceMapModel(
  graph,
  positionsOf(graph, { a: [0, 0], b: [200, 0], c: [0, 200], d: [-200, 0] }),
);
const all = { nodes: null, edges: null };
const key = (name: string) => graph.nodes.find((n) => n.name === name)!.key;
const node = (name: string) => ({ kind: "node" as const, key: key(name) });
const press = (k: string, shiftKey = false) => ({ key: k, shiftKey });

describe("resolveMapKey", () => {
  it("moves with arrows to the nearest shown node that way", () => {
    expect(resolveMapKey(press("ArrowRight"), node("a"), model, all)).toEqual({
      type: "focus",
      target: node("b"),
    });
    expect(resolveMapKey(press("ArrowDown"), node("a"), model, all)).toEqual({
      type: "focus",
      target: node("c"),
    });
    expect(resolveMapKey(press("ArrowUp"), node("a"), model, all)).toEqual({ type: "none" });
    const hidden = computeShownElements(graph, { focus: { key: key("a"), hops: 0 } });
    expect(resolveMapKey(press("ArrowRight"), node("a"), model, hidden)).toEqual({ type: "none" });
  });

  it("selects with Enter or Space and clears with Escape", () => {
    expect(resolveMapKey(press("Enter"), node("a"), model, all)).toEqual({
      type: "select",
      target: node("a"),
    });
    expect(resolveMapKey(press(" "), node("a"), model, all)).toEqual({
      type: "select",
      target: node("a"),
    });
    expect(resolveMapKey(press("Escape"), node("a"), model, all)).toEqual({ type: "clear" });
  });

  it("steps through a node's shown edges with e / E (outgoing first), to their ends with s / t, back with Escape", () => {
    const edgesOfA = model.edgesAt.get(key("a"))!;
    expect(edgesOfA).toHaveLength(3);
    const first = resolveMapKey(press("e"), node("a"), model, all);
    expect(first).toEqual({
      type: "focus",
      target: { kind: "edge", key: edgesOfA[0], from: key("a") },
    });
    const onEdge = { kind: "edge" as const, key: edgesOfA[0], from: key("a") };
    expect(resolveMapKey(press("e"), onEdge, model, all)).toMatchObject({
      target: { key: edgesOfA[1] },
    });
    expect(resolveMapKey(press("E", true), onEdge, model, all)).toMatchObject({
      target: { key: edgesOfA[2] },
    });
    const target = model.edgeByKey.get(edgesOfA[0])!.target.key;
    expect(resolveMapKey(press("t"), onEdge, model, all)).toEqual({
      type: "focus",
      target: { kind: "node", key: target },
    });
    expect(resolveMapKey(press("s"), onEdge, model, all)).toEqual({
      type: "focus",
      target: node("a"),
    });
    expect(resolveMapKey(press("Escape"), onEdge, model, all)).toEqual({
      type: "focus",
      target: node("a"),
    });
    const threshold = computeShownElements(graph, { minEdgeCount: 5 });
    expect(resolveMapKey(press("e"), node("a"), model, threshold)).toEqual({ type: "none" });
  });

  it("zooms with + and -, fits with 0, and ignores other keys", () => {
    expect(resolveMapKey(press("+"), node("a"), model, all)).toEqual({ type: "zoom", factor: 1.5 });
    expect(resolveMapKey(press("-"), node("a"), model, all)).toEqual({
      type: "zoom",
      factor: 1 / 1.5,
    });
    expect(resolveMapKey(press("0"), node("a"), model, all)).toEqual({ type: "fit" });
    expect(resolveMapKey(press("x"), node("a"), model, all)).toEqual({ type: "none" });
  });
});
