import { expect, it } from "vitest";
import { deriveServiceGraph } from "../../../src/graph/deriveServiceGraph";
import { toConsoleGraphMessage } from "../../../src/react/Console/toConsoleGraphMessage";
import { sampleTraces } from "../../../src/sample/index";

const graph = deriveServiceGraph(sampleTraces({ traces: 40, seed: 3 }));

it("toConsoleGraphMessage posts plain data: every digest as its exact JSON form", () => {
  const message = toConsoleGraphMessage({ graph, diagnostics: [] });
  // Plain data: a JSON round trip changes nothing (no class instances, no maps).
  expect(JSON.parse(JSON.stringify(message))).toEqual(message);
  expect(message.nodes.map((n) => n.key)).toEqual(graph.nodes.map((n) => n.key));
  graph.nodes.forEach((n, i) => {
    expect(message.nodes[i]!.responseTimeDigest).toEqual(n.responseTimeDigest?.toJSON() ?? null);
    expect(message.nodes[i]!.durationDigest).toEqual(n.durationDigest?.toJSON() ?? null);
    expect(message.nodes[i]!.statistics).toEqual(n.statistics);
  });
  graph.edges.forEach((e, i) => {
    expect(message.edges[i]!.responseTimeDigest).toEqual(e.responseTimeDigest?.toJSON() ?? null);
    expect(message.edges[i]!.receivedEventAgeDigest).toEqual(
      e.receivedEventAgeDigest?.toJSON() ?? null,
    );
  });
  expect(message.nodes.some((n) => n.responseTimeDigest !== null)).toBe(true);
});
