import { expect, it } from "vitest";
import { TDigest } from "../../../src/digest/index";
import type { Diagnostic } from "../../../src/model/Diagnostic";
import { deriveServiceGraph } from "../../../src/graph/deriveServiceGraph";
import { fromConsoleGraphMessage } from "../../../src/react/Console/fromConsoleGraphMessage";
import { toConsoleGraphMessage } from "../../../src/react/Console/toConsoleGraphMessage";
import { sampleTraces } from "../../../src/sample/index";

const graph = deriveServiceGraph(sampleTraces({ traces: 40, seed: 3 }));
const diagnostics: readonly Diagnostic[] = [
  {
    code: "invalid-field",
    severity: "warning",
    message: "Services[0].StartTime is not a time",
    documentIndex: -1,
    path: "$.Services[0].StartTime",
  },
];

it("fromConsoleGraphMessage rebuilds the graph after postMessage: TDigests answering as before", () => {
  const posted = structuredClone(toConsoleGraphMessage({ graph, diagnostics }));
  const read = fromConsoleGraphMessage(posted)!;
  expect(read.diagnostics).toEqual(diagnostics);
  expect(read.graph.nodes.map((n) => n.key)).toEqual(graph.nodes.map((n) => n.key));
  expect([...read.graph.edgeByKey.keys()]).toEqual([...graph.edgeByKey.keys()]);
  expect([read.graph.startTime, read.graph.endTime]).toEqual([graph.startTime, graph.endTime]);
  const pairs = [
    ...graph.nodes.flatMap((n, i) => [
      [n.responseTimeDigest, read.graph.nodes[i]!.responseTimeDigest],
      [n.durationDigest, read.graph.nodes[i]!.durationDigest],
    ]),
    ...graph.edges.flatMap((e, i) => [
      [e.responseTimeDigest, read.graph.edges[i]!.responseTimeDigest],
      [e.receivedEventAgeDigest, read.graph.edges[i]!.receivedEventAgeDigest],
    ]),
  ];
  let compared = 0;
  for (const [before, after] of pairs) {
    if (before === null) {
      expect(after).toBeNull();
      continue;
    }
    expect(after).toBeInstanceOf(TDigest);
    for (const q of [0.01, 0.5, 0.9, 0.99]) {
      const want = before!.quantile(q);
      expect(Math.abs(after!.quantile(q) - want)).toBeLessThanOrEqual(1e-12 * Math.abs(want));
      compared++;
    }
    expect(after!.cdf(before!.quantile(0.5))).toBeCloseTo(before!.cdf(before!.quantile(0.5)), 12);
  }
  expect(compared).toBeGreaterThan(0);
  // Statistics and the rest of each node travel unchanged.
  graph.nodes.forEach((n, i) => expect(read.graph.nodes[i]!.statistics).toEqual(n.statistics));
});

it("fromConsoleGraphMessage gives null for a digest that does not read back", () => {
  const message = toConsoleGraphMessage({ graph, diagnostics: [] });
  const at = message.nodes.findIndex((n) => n.responseTimeDigest !== null);
  const broken = {
    ...message,
    nodes: message.nodes.map((n, i) =>
      i === at ? { ...n, responseTimeDigest: { ...n.responseTimeDigest!, compression: -1 } } : n,
    ),
  };
  expect(fromConsoleGraphMessage(broken)).toBeNull();
});
