import { describe, expect, it } from "vitest";
import { fromGetServiceGraphResponse } from "../../src/graph/fromGetServiceGraphResponse";
import { pruneServiceGraphEdges } from "../../src/graph/pruneServiceGraphEdges";

const calls = (n: number) => ({ OkCount: n, TotalCount: n });
/** a → b (100 calls), a → c (3), d → c (1), e → f (0); g has no edges at all. */
const graph = fromGetServiceGraphResponse({
  Services: [
    {
      ReferenceId: 0,
      Name: "a",
      Edges: [
        { ReferenceId: 1, SummaryStatistics: calls(100) },
        { ReferenceId: 2, SummaryStatistics: calls(3) },
      ],
    },
    { ReferenceId: 1, Name: "b" },
    { ReferenceId: 2, Name: "c" },
    { ReferenceId: 3, Name: "d", Edges: [{ ReferenceId: 2, SummaryStatistics: calls(1) }] },
    { ReferenceId: 4, Name: "e", Edges: [{ ReferenceId: 5, SummaryStatistics: calls(0) }] },
    { ReferenceId: 5, Name: "f" },
    { ReferenceId: 6, Name: "g" },
  ],
}).graph;
const edgeNames = (g: typeof graph) =>
  g.edges.map((e) => `${JSON.parse(e.source)[0]}→${JSON.parse(e.target)[0]}`);

describe("pruneServiceGraphEdges", () => {
  it("hides only empty edges by default and keeps every node", () => {
    const pruned = pruneServiceGraphEdges(graph);
    expect(edgeNames(pruned)).toEqual(["a→b", "a→c", "d→c"]);
    expect(pruned.nodes).toHaveLength(7);
  });

  it("hides edges below an absolute call count", () => {
    expect(edgeNames(pruneServiceGraphEdges(graph, { minCount: 3 }))).toEqual(["a→b", "a→c"]);
    expect(edgeNames(pruneServiceGraphEdges(graph, { minCount: 101 }))).toEqual([]);
  });

  it("hides edges below a share of their target's incoming calls", () => {
    // c receives 4 calls: 3 from a (75%), 1 from d (25%)
    expect(edgeNames(pruneServiceGraphEdges(graph, { minShare: 0.5 }))).toEqual(["a→b", "a→c"]);
  });

  it("with removeIsolatedNodes, hides nodes that lost all their edges but keeps nodes that never had any", () => {
    const pruned = pruneServiceGraphEdges(graph, { minCount: 3, removeIsolatedNodes: true });
    expect(pruned.nodes.map((n) => n.name)).toEqual(["a", "b", "c", "g"]);
    expect(pruned.nodes.map((n) => n.referenceId)).toEqual([0, 1, 2, 6]);
  });
});
