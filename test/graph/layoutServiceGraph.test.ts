import { describe, expect, it } from "vitest";
import { layoutServiceGraph } from "../../src/graph/layoutServiceGraph";
import type { ServiceGraphLayoutInput } from "../../src/graph/layoutServiceGraph";
import { randomLayoutGraph } from "./support/randomLayoutGraph";

const distance = (a: { x: number; y: number }, b: { x: number; y: number }): number =>
  Math.hypot(a.x - b.x, a.y - b.y);

const mean = (values: readonly number[]): number =>
  values.reduce((s, v) => s + v, 0) / values.length;

/** Nodes nobody calls... and nodes that call nobody. */
function leaves(graph: ServiceGraphLayoutInput): string[] {
  const callers = new Set(graph.edges.map((e) => e.source));
  return graph.nodes.map((n) => n.key).filter((k) => !callers.has(k));
}

describe("layoutServiceGraph", () => {
  const graph = randomLayoutGraph(40, 90, 3, 2);

  it("gives every node a finite position and a depth", () => {
    const layout = layoutServiceGraph(graph);
    expect(layout.positions.size).toBe(40);
    for (const node of graph.nodes) {
      const p = layout.positions.get(node.key)!;
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(layout.depths.get(node.key)).toBeGreaterThanOrEqual(0);
    }
    expect(layout.bounds.minX).toBeLessThanOrEqual(layout.bounds.maxX);
  });

  it("is deterministic: the same seed gives the same positions, another seed others", () => {
    const a = layoutServiceGraph(graph, { seed: 5 });
    const b = layoutServiceGraph(graph, { seed: 5 });
    const c = layoutServiceGraph(graph, { seed: 6 });
    expect([...b.positions]).toEqual([...a.positions]);
    const moved = graph.nodes.filter(
      (n) => distance(a.positions.get(n.key)!, c.positions.get(n.key)!) > 1e-6,
    );
    expect(moved.length).toBeGreaterThan(0);
  });

  it("does not depend on the order of the input's nodes and edges", () => {
    const shuffled = { nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    const a = layoutServiceGraph(graph);
    const b = layoutServiceGraph(shuffled);
    for (const node of graph.nodes)
      expect(b.positions.get(node.key)).toEqual(a.positions.get(node.key));
  });

  it("puts clients left of the leaves on average (left-to-right tendency)", () => {
    for (const seed of [1, 2, 3]) {
      const g = randomLayoutGraph(60, 120, seed, 3);
      const layout = layoutServiceGraph(g, { seed });
      const clientX = mean(
        g.nodes.filter((n) => n.kind === "client").map((n) => layout.positions.get(n.key)!.x),
      );
      const leafX = mean(leaves(g).map((k) => layout.positions.get(k)!.x));
      expect(clientX).toBeLessThan(leafX);
      // callers sit left of their callees for most edges
      const rightward = g.edges.filter(
        (e) => layout.positions.get(e.source)!.x < layout.positions.get(e.target)!.x,
      );
      expect(rightward.length / g.edges.length).toBeGreaterThan(0.7);
    }
  });

  it("assigns depth by breadth-first distance from the clients, also through cycles", () => {
    const layout = layoutServiceGraph({
      nodes: [
        { key: "c", kind: "client" },
        { key: "a" },
        { key: "b" },
        { key: "d" },
        { key: "x" },
        { key: "y" },
      ],
      edges: [
        { source: "c", target: "a" },
        { source: "a", target: "b" },
        { source: "b", target: "a" },
        { source: "b", target: "d" },
        { source: "x", target: "y" },
        { source: "y", target: "x" },
      ],
    });
    expect(Object.fromEntries(layout.depths)).toEqual({ a: 1, b: 2, c: 0, d: 3, x: 0, y: 1 });
  });

  it("keeps existing nodes in place when a node is added (warm start)", () => {
    const before = layoutServiceGraph(graph);
    const added = {
      nodes: [...graph.nodes, { key: "zz-new", kind: "service" as const }],
      edges: [...graph.edges, { source: graph.nodes[5].key, target: "zz-new" }],
    };
    const warm = layoutServiceGraph(added, { previous: before });
    const cold = layoutServiceGraph(added, { seed: 2 });
    const warmMoves = graph.nodes.map((n) =>
      distance(before.positions.get(n.key)!, warm.positions.get(n.key)!),
    );
    const coldMoves = graph.nodes.map((n) =>
      distance(before.positions.get(n.key)!, cold.positions.get(n.key)!),
    );
    expect(mean(warmMoves)).toBeLessThan(10); // nodeSpacing is 70
    expect(mean(warmMoves)).toBeLessThan(mean(coldMoves) / 5);
    // the new node lands near its caller
    expect(
      distance(warm.positions.get("zz-new")!, warm.positions.get(graph.nodes[5].key)!),
    ).toBeLessThan(400);
  });

  it("accepts a positions map as the previous layout", () => {
    const before = layoutServiceGraph(graph);
    const warm = layoutServiceGraph(graph, { previous: before.positions });
    const moves = graph.nodes.map((n) =>
      distance(before.positions.get(n.key)!, warm.positions.get(n.key)!),
    );
    expect(mean(moves)).toBeLessThan(10);
  });

  it("gives d3 copies: the input's objects are not changed", () => {
    const input = randomLayoutGraph(10, 15, 4);
    const copy = JSON.parse(JSON.stringify(input)) as ServiceGraphLayoutInput;
    layoutServiceGraph(input);
    expect(input).toEqual(copy);
  });

  it("ignores edges to unknown nodes and self-loops, and lays out an empty graph", () => {
    const layout = layoutServiceGraph({
      nodes: [{ key: "a" }, { key: "b" }],
      edges: [
        { source: "a", target: "b" },
        { source: "a", target: "missing" },
        { source: "b", target: "b" },
      ],
    });
    expect([...layout.positions.keys()]).toEqual(["a", "b"]);
    expect(layout.positions.get("a")!.x).toBeLessThan(layout.positions.get("b")!.x);
    const empty = layoutServiceGraph({ nodes: [], edges: [] });
    expect(empty.positions.size).toBe(0);
    expect(empty.bounds).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
  });

  it("caps the ticks for large graphs and honours an explicit tick count", () => {
    expect(layoutServiceGraph(graph).ticks).toBe(300);
    expect(layoutServiceGraph(graph, { ticks: 10 }).ticks).toBe(10);
    const big = randomLayoutGraph(2000, 2500, 1);
    const layout = layoutServiceGraph(big, { ticks: 1 });
    expect(layout.positions.size).toBe(2000);
  });
});
