import { describe, expect, it } from "vitest";
import { focusServiceGraph } from "../../src/graph/focusServiceGraph";
import { fromGetServiceGraphResponse } from "../../src/graph/fromGetServiceGraphResponse";
import { serviceNodeKey } from "../../src/graph/serviceNodeKey";

/** client → a → b → c → d, and x → b: a chain with a second caller of b. */
const graph = fromGetServiceGraphResponse({
  Services: [
    { ReferenceId: 0, Name: "a", Type: "client", Edges: [{ ReferenceId: 1 }] },
    { ReferenceId: 1, Name: "a", State: "active", Edges: [{ ReferenceId: 2 }] },
    { ReferenceId: 2, Name: "b", State: "active", Edges: [{ ReferenceId: 3 }] },
    { ReferenceId: 3, Name: "c", State: "active", Edges: [{ ReferenceId: 4 }] },
    { ReferenceId: 4, Name: "d", State: "unknown" },
    { ReferenceId: 5, Name: "x", State: "active", Edges: [{ ReferenceId: 2 }] },
  ],
}).graph;
const names = (g: typeof graph) =>
  g.nodes.map((n) => `${n.name}${n.type === "client" ? "*" : ""}`).sort();
const b = serviceNodeKey("b", null);

describe("focusServiceGraph", () => {
  it("keeps the nodes within one hop each way by default, with the edges among them", () => {
    const focused = focusServiceGraph(graph, b);
    expect(names(focused)).toEqual(["a", "b", "c", "x"]);
    expect(
      focused.edges.map((e) => [e.source, e.target].map((k) => JSON.parse(k)[0]).join("→")).sort(),
    ).toEqual(["a→b", "b→c", "x→b"]);
  });

  it("follows N hops upstream and downstream independently", () => {
    expect(names(focusServiceGraph(graph, b, { upstream: 2, downstream: 0 }))).toEqual([
      "a",
      "a*",
      "b",
      "x",
    ]);
    expect(names(focusServiceGraph(graph, b, { upstream: 0, downstream: 2 }))).toEqual([
      "b",
      "c",
      "d",
    ]);
    expect(names(focusServiceGraph(graph, b, { upstream: 0, downstream: 0 }))).toEqual(["b"]);
    expect(names(focusServiceGraph(graph, b, { upstream: 10, downstream: 10 }))).toHaveLength(6);
  });

  it("keeps the graph's node objects and ReferenceIds, and gives an empty graph for an unknown key", () => {
    const focused = focusServiceGraph(graph, b);
    expect(focused.nodeByKey.get(b)).toBe(graph.nodeByKey.get(b));
    expect(focusServiceGraph(graph, "nope").nodes).toEqual([]);
  });

  it("terminates on cycles", () => {
    const cyclic = fromGetServiceGraphResponse({
      Services: [
        { ReferenceId: 0, Name: "p", Edges: [{ ReferenceId: 1 }] },
        { ReferenceId: 1, Name: "q", Edges: [{ ReferenceId: 0 }] },
      ],
    }).graph;
    expect(
      focusServiceGraph(cyclic, serviceNodeKey("p", null), { upstream: 5, downstream: 5 }).edges,
    ).toHaveLength(2);
  });
});
