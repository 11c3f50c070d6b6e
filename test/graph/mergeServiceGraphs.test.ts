import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveServiceGraph } from "../../src/graph/deriveServiceGraph";
import { createServiceGraphBuilder } from "../../src/graph/createServiceGraphBuilder";
import { fromGetServiceGraphResponse } from "../../src/graph/fromGetServiceGraphResponse";
import { mergeServiceGraphs } from "../../src/graph/mergeServiceGraphs";
import { toGetServiceGraphResponse } from "../../src/graph/toGetServiceGraphResponse";
import type { TDigest } from "../../src/digest/index";
import type { ServiceGraph, ServiceStatistics } from "../../src/model/ServiceGraph";
import { sampleTraces } from "../../src/sample/index";

const counts = (s: ServiceStatistics | null) =>
  s === null ? null : { ...s, TotalResponseTime: Math.round(s.TotalResponseTime * 1e6) };

/** Everything but the digests, with response-time sums rounded to the microsecond. */
const structure = (graph: ServiceGraph) => ({
  nodes: graph.nodes.map((n) => ({
    ...n,
    statistics: counts(n.statistics),
    responseTimeDigest: null,
    durationDigest: null,
  })),
  edges: graph.edges.map((e) => ({
    ...e,
    statistics: counts(e.statistics),
    responseTimeDigest: null,
    receivedEventAgeDigest: null,
  })),
  startTime: graph.startTime,
  endTime: graph.endTime,
});

/** Digests agree: same count, min and max; quantiles within 2% of the value range. */
function expectSameDigest(a: TDigest | null, b: TDigest | null): void {
  if (a === null || b === null) return expect(a).toBe(b);
  expect(a.count).toBe(b.count);
  if (a.count === 0) return;
  expect(a.min).toBe(b.min);
  expect(a.max).toBe(b.max);
  const tolerance = 0.02 * (a.max - a.min) + 1e-12;
  for (const q of [0.1, 0.5, 0.9, 0.99])
    expect(Math.abs(a.quantile(q) - b.quantile(q))).toBeLessThanOrEqual(tolerance);
}

function expectSameGraph(actual: ServiceGraph, expected: ServiceGraph): void {
  expect(structure(actual)).toEqual(structure(expected));
  actual.nodes.forEach((n, i) => {
    expectSameDigest(n.responseTimeDigest, expected.nodes[i].responseTimeDigest);
    expectSameDigest(n.durationDigest, expected.nodes[i].durationDigest);
  });
  actual.edges.forEach((e, i) => {
    expectSameDigest(e.responseTimeDigest, expected.edges[i].responseTimeDigest);
    expectSameDigest(e.receivedEventAgeDigest, expected.edges[i].receivedEventAgeDigest);
  });
}

const traces = sampleTraces({ traces: 240, seed: 5 });

describe("mergeServiceGraphs", () => {
  it("merge(derive(a), derive(b)) equals derive(a ∪ b) for any split of the traces (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: traces.length, maxLength: traces.length }),
        (sides) => {
          const a = traces.filter((_, i) => sides[i]);
          const b = traces.filter((_, i) => !sides[i]);
          expectSameGraph(
            mergeServiceGraphs(deriveServiceGraph(a), deriveServiceGraph(b)),
            deriveServiceGraph(traces),
          );
        },
      ),
      { numRuns: 12 },
    );
  });

  it("merges any number of partitions, in any order", () => {
    const parts = [0, 1, 2, 3].map((k) => deriveServiceGraph(traces.filter((_, i) => i % 4 === k)));
    const whole = deriveServiceGraph(traces);
    expectSameGraph(mergeServiceGraphs(...parts), whole);
    expectSameGraph(mergeServiceGraphs(parts[3], parts[1], parts[0], parts[2]), whole);
    expectSameGraph(
      mergeServiceGraphs(
        mergeServiceGraphs(parts[0], parts[1]),
        mergeServiceGraphs(parts[2], parts[3]),
      ),
      whole,
    );
  });

  it("is the identity on one graph and empty for none", () => {
    const whole = deriveServiceGraph(traces);
    expectSameGraph(mergeServiceGraphs(whole), whole);
    expect(mergeServiceGraphs().nodes).toEqual([]);
  });

  it("renumbers ReferenceIds in key order and keeps the inputs unchanged", () => {
    const a = fromGetServiceGraphResponse({
      Services: [
        {
          ReferenceId: 7,
          Name: "z",
          State: "active",
          SummaryStatistics: { OkCount: 1, TotalCount: 1, TotalResponseTime: 0.5 },
          ResponseTimeHistogram: [{ Value: 0.5, Count: 1 }],
        },
      ],
    }).graph;
    const b = fromGetServiceGraphResponse({
      Services: [
        { ReferenceId: 3, Name: "a", State: "unknown" },
        {
          ReferenceId: 4,
          Name: "z",
          State: "unknown",
          SummaryStatistics: { OkCount: 2, TotalCount: 2, TotalResponseTime: 1 },
          Edges: [{ ReferenceId: 3, SummaryStatistics: { OkCount: 2, TotalCount: 2 } }],
        },
      ],
    }).graph;
    const before = JSON.stringify(toGetServiceGraphResponse(a));
    const merged = mergeServiceGraphs(a, b);
    expect(JSON.stringify(toGetServiceGraphResponse(a))).toBe(before);
    expect(
      merged.nodes.map((n) => [n.name, n.referenceId, n.state, n.statistics?.TotalCount]),
    ).toEqual([
      ["a", 0, "unknown", 0],
      ["z", 1, "active", 3],
    ]);
    expect(merged.nodes[1].responseTimeDigest!.count).toBe(1);
    expect(merged.edges.map((e) => [e.source, e.target, e.statistics.OkCount])).toEqual([
      ['["z",null]', '["a",null]', 2],
    ]);
  });
});

describe("createServiceGraphBuilder", () => {
  it("gives the same graph fed trace by trace as deriveServiceGraph over all traces", () => {
    const builder = createServiceGraphBuilder();
    for (const trace of traces) builder.addTrace(trace);
    expectSameGraph(builder.build(), deriveServiceGraph(traces));
  });

  it("builds snapshots: later traces do not change a graph already built", () => {
    const builder = createServiceGraphBuilder();
    builder.addTraces(traces.slice(0, 100));
    const early = builder.build();
    const earlyJson = JSON.stringify(toGetServiceGraphResponse(early));
    builder.addTraces(traces.slice(100));
    expect(JSON.stringify(toGetServiceGraphResponse(early))).toBe(earlyJson);
    expectSameGraph(early, deriveServiceGraph(traces.slice(0, 100)));
    expectSameGraph(builder.build(), deriveServiceGraph(traces));
  });

  it("rejects a compression that is not positive", () => {
    expect(() => createServiceGraphBuilder({ compression: 0 })).toThrow(RangeError);
  });
});
