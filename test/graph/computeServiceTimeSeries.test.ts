import { describe, expect, it } from "vitest";
import { computeServiceTimeSeries } from "../../src/graph/computeServiceTimeSeries";
import { deriveServiceGraph } from "../../src/graph/deriveServiceGraph";
import { serviceEdgeKey } from "../../src/graph/serviceEdgeKey";
import { serviceNodeKey } from "../../src/graph/serviceNodeKey";
import { sampleTraces } from "../../src/sample/index";
import { assemble, entityId, traceId } from "./support/assemble";

/** A root "api" calling "db" (remote), at the given start times; faults where asked. */
function requests(starts: readonly number[], faults: readonly number[] = []) {
  return assemble(
    starts.map((t, i) => ({
      trace_id: traceId(i + 1),
      id: entityId(i + 1),
      name: "api",
      start_time: t,
      end_time: t + 0.2,
      fault: faults.includes(t),
      subsegments: [
        {
          id: entityId(i + 1, 5),
          name: "db",
          namespace: "remote",
          start_time: t + 0.05,
          end_time: t + 0.15,
        },
      ],
    })),
  );
}

const api = serviceNodeKey("api", null);
const db = serviceNodeKey("db", null);

describe("computeServiceTimeSeries", () => {
  it("counts each request in the period of its start, per node and per edge", () => {
    const series = computeServiceTimeSeries(requests([0, 10, 59.9, 60, 185], [10]), { period: 60 });
    expect(series.period).toBe(60);
    const apiSeries = series.services.get(api)!;
    expect(
      apiSeries.map((e) => [
        e.Timestamp,
        e.ServiceSummaryStatistics!.TotalCount,
        e.ServiceSummaryStatistics!.FaultStatistics.TotalCount,
      ]),
    ).toEqual([
      [0, 3, 1],
      [60, 1, 0],
      [180, 1, 0],
    ]);
    const histogram = apiSeries[0].ResponseTimeHistogram;
    expect(histogram.reduce((n, e) => n + e.Count, 0)).toBe(3);
    for (const entry of histogram) expect(entry.Value).toBeCloseTo(0.2, 9);
    const edge = series.edges.get(serviceEdgeKey(api, db))!;
    expect(edge.map((e) => [e.Timestamp, e.EdgeSummaryStatistics!.TotalCount])).toEqual([
      [0, 3],
      [60, 1],
      [180, 1],
    ]);
    expect(edge[0].ServiceSummaryStatistics).toBeUndefined();
    // the client edge and the inferred node have series too; client nodes do not
    expect(series.edges.has(serviceEdgeKey(serviceNodeKey("api", "client"), api))).toBe(true);
    expect(series.services.has(db)).toBe(true);
    expect(series.services.has(serviceNodeKey("api", "client"))).toBe(false);
  });

  it("fills empty periods with zero entries when asked", () => {
    const series = computeServiceTimeSeries(requests([0, 185]), { period: 60, fillGaps: true });
    expect(
      series.services.get(api)!.map((e) => [e.Timestamp, e.ServiceSummaryStatistics!.TotalCount]),
    ).toEqual([
      [0, 1],
      [60, 0],
      [120, 0],
      [180, 1],
    ]);
  });

  it("adds up, over all periods, to the statistics of the whole graph", () => {
    const traces = sampleTraces({ traces: 120, seed: 2 });
    const series = computeServiceTimeSeries(traces, { period: 300 });
    const graph = deriveServiceGraph(traces);
    for (const node of graph.nodes) {
      if (node.statistics === null) continue;
      const total = (series.services.get(node.key) ?? []).reduce(
        (n, e) => n + e.ServiceSummaryStatistics!.TotalCount,
        0,
      );
      expect(total).toBe(node.statistics.TotalCount);
    }
    for (const edge of graph.edges) {
      const total = (series.edges.get(edge.key) ?? []).reduce(
        (n, e) => n + e.EdgeSummaryStatistics!.TotalCount,
        0,
      );
      expect(total).toBe(edge.statistics.TotalCount);
    }
  });

  it("keeps only filtered traces and rejects a period that is not positive", () => {
    const series = computeServiceTimeSeries(requests([0, 100]), {
      period: 60,
      filter: (t) => t.startTime > 50,
    });
    expect(series.services.get(api)!.map((e) => e.Timestamp)).toEqual([60]);
    expect(() => computeServiceTimeSeries([], { period: 0 })).toThrow(RangeError);
  });
});
