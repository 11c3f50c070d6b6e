import { describe, expect, it } from "vitest";
import { computeShownElements } from "../../../src/react/ServiceMap/computeShownElements";
import { makeServiceGraph } from "./support/makeServiceGraph";

// a → b → c → d, and a → e with little traffic, and x → c.
const graph = makeServiceGraph(
  ["a", "b", "c", "d", "e", "x"].map((name) => ({ name, ok: 10 })),
  [
    { from: "a", to: "b", ok: 100 },
    { from: "b", to: "c", ok: 100 },
    { from: "c", to: "d", ok: 100 },
    { from: "a", to: "e", ok: 2 },
    { from: "x", to: "c", ok: 50 },
  ],
);
const key = (name: string) => graph.nodes.find((n) => n.name === name)!.key;
const names = (keys: ReadonlySet<string> | null) =>
  keys === null
    ? null
    : graph.nodes
        .filter((n) => keys.has(n.key))
        .map((n) => n.name)
        .sort();

describe("computeShownElements", () => {
  it("shows everything without a focus or threshold", () => {
    expect(computeShownElements(graph)).toEqual({ nodes: null, edges: null });
  });

  it("focuses on the nodes within N hops of a node, up- and downstream, and the edges among them", () => {
    const one = computeShownElements(graph, { focus: { key: key("c"), hops: 1 } });
    expect(names(one.nodes)).toEqual(["b", "c", "d", "x"]);
    expect(one.edges?.size).toBe(3);
    const two = computeShownElements(graph, { focus: { key: key("c"), hops: 2 } });
    expect(names(two.nodes)).toEqual(["a", "b", "c", "d", "x"]);
    const zero = computeShownElements(graph, { focus: { key: key("c"), hops: 0 } });
    expect(names(zero.nodes)).toEqual(["c"]);
    expect(computeShownElements(graph, { focus: { key: "missing", hops: 3 } }).nodes?.size).toBe(0);
  });

  it("hides edges below the traffic threshold but keeps every node", () => {
    const shown = computeShownElements(graph, { minEdgeCount: 60 });
    expect(shown.nodes).toBeNull();
    const kept = graph.edges.filter((e) => shown.edges!.has(e.key));
    expect(kept.map((e) => e.statistics.TotalCount).sort()).toEqual([100, 100, 100]);
  });

  it("follows only the edges above the threshold when focusing", () => {
    const shown = computeShownElements(graph, {
      focus: { key: key("a"), hops: 1 },
      minEdgeCount: 10,
    });
    expect(names(shown.nodes)).toEqual(["a", "b"]);
  });
});
