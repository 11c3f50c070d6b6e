import { expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/index";
import { parseSegmentDocuments } from "../../src/formats/index";
import { deriveServiceGraph } from "../../src/graph/deriveServiceGraph";
import { fromGetServiceGraphResponse } from "../../src/graph/fromGetServiceGraphResponse";
import type { ServiceGraph, ServiceGraphNode } from "../../src/model/ServiceGraph";
import { describeCorpus, readCorpus } from "../support/corpus";

/** What the two graphs can share: kind, state, root flag; nodes found by type. */
const shape = (n: ServiceGraphNode) => ({ kind: n.kind, state: n.state, root: n.root });
const byType = (graph: ServiceGraph, type: string | null) =>
  graph.nodes.filter((n) => n.type === type);
const incoming = (graph: ServiceGraph, key: string) => graph.edges.filter((e) => e.target === key);

describeCorpus("deriveServiceGraph on the developer guide's BatchGetTraces example", () => {
  const read = parseSegmentDocuments(
    readCorpus("awsdocs-xray-devguide__BatchGetTraces-response.json"),
  );
  const ours = deriveServiceGraph(assembleTraces(read.documents).traces);
  const documented = fromGetServiceGraphResponse(
    readCorpus("awsdocs-xray-devguide__GetServiceGraph-response.json"),
  ).graph;

  it("has the documented graph's kinds of node where the two overlap: client, root service, DynamoDB table, SNS", () => {
    for (const type of ["client", "AWS::DynamoDB::Table", "AWS::SNS"]) {
      expect(byType(ours, type).map(shape)).toEqual(byType(documented, type).map(shape));
    }
    const root = (g: ServiceGraph) => g.nodes.filter((n) => n.root);
    expect(root(ours).map(shape)).toEqual(root(documented).map(shape));
    expect(root(ours)[0].name).toBe("Scorekeep");
    // plus what this trace has and the documented one does not: Lambda's two nodes
    expect(ours.nodes.filter((n) => n.name === "random-name").map((n) => n.type)).toEqual([
      "AWS::Lambda",
      "AWS::Lambda::Function",
    ]);
  });

  it("has the documented edges: client → root carrying the root's statistics, root → DynamoDB table", () => {
    for (const graph of [ours, documented]) {
      const client = byType(graph, "client")[0];
      const root = graph.nodes.find((n) => n.root)!;
      const clientEdge = graph.edges.find((e) => e.source === client.key)!;
      expect(clientEdge.target).toBe(root.key);
      expect(clientEdge.statistics.TotalCount).toBe(root.statistics!.TotalCount);
      expect(clientEdge.statistics.TotalResponseTime).toBeCloseTo(
        root.statistics!.TotalResponseTime,
        9,
      );
      const table = byType(graph, "AWS::DynamoDB::Table")[0];
      expect(incoming(graph, table.key).map((e) => e.source)).toEqual([root.key]);
    }
    expect(ours.nodes.find((n) => n.root)!.statistics!.TotalResponseTime).toBeCloseTo(3.232, 6);
  });

  it("gives each edge into an inferred node the statistics of that node, as the documented graph does", () => {
    for (const graph of [ours, documented]) {
      for (const node of graph.nodes.filter((n) => n.kind === "inferred")) {
        const edges = incoming(graph, node.key);
        expect(edges).toHaveLength(1);
        expect(edges[0].statistics.TotalCount).toBe(node.statistics!.TotalCount);
        expect(edges[0].statistics.OkCount).toBe(node.statistics!.OkCount);
        expect(edges[0].statistics.TotalResponseTime).toBeCloseTo(
          node.statistics!.TotalResponseTime,
          9,
        );
      }
    }
    const table = byType(ours, "AWS::DynamoDB::Table")[0];
    expect(table.statistics!.TotalResponseTime).toBeCloseTo(0.079, 6);
  });
});
