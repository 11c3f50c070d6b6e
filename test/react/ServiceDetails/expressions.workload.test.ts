/**
 * Every expression the details panel generates, for every node and edge of the workload's graph,
 * parses, and compiled, matches exactly the traces that hold such requests (checked here against
 * the traces' own segments, independently of the filter engine).
 */
import { describe, expect, it } from "vitest";
import { compileFilter, parseFilter } from "../../../src/filter/index";
import { deriveServiceGraph } from "../../../src/graph/index";
import type { Trace } from "../../../src/model/Trace";
import type { TraceNode } from "../../../src/model/TraceNode";
import type { FilterServiceRef, HistogramStatus } from "../../../src/react/LatencyHistogram/index";
import {
  formatResponseTimeFilter,
  roundHistogramRange,
} from "../../../src/react/LatencyHistogram/index";
import { resolveServiceDetails } from "../../../src/react/ServiceDetails/resolveServiceDetails";
import { sampleTraces } from "../../../src/sample/index";

const traces = sampleTraces({ traces: 150, faultRate: 0.08, errorRate: 0.08, throttleRate: 0.05 });
const graph = deriveServiceGraph(traces);

const is = (n: TraceNode, ref: FilterServiceRef) =>
  n.name === ref.name && (ref.type == null || n.origin === ref.type);
/** Seconds as the filter reads them: end − start to the microsecond. */
const seconds = (n: TraceNode) =>
  n.endTime === undefined ? NaN : Math.round((n.endTime - n.startTime) * 1e6) / 1e6;
const hasStatus = (n: TraceNode, status: HistogramStatus) =>
  status === "all" ? true : status === "ok" ? !n.fault && !n.error && !n.throttle : n[status];

describe("generated expressions on the workload", () => {
  const selections = [
    ...graph.nodes.map((n) => ({ kind: "node" as const, key: n.key })),
    ...graph.edges.map((e) => ({ kind: "edge" as const, key: e.key })),
  ];

  it("parse and match exactly the traces with requests in the range and status", () => {
    let checked = 0;
    for (const selection of selections) {
      const d = resolveServiceDetails(graph, selection)!;
      if (
        d.subject === undefined ||
        !d.rangeFilterable ||
        d.digest === null ||
        d.digest.count === 0
      )
        continue;
      const range = roundHistogramRange({
        from: d.digest.quantile(0.2),
        to: d.digest.quantile(0.8),
      });
      for (const status of ["all", "ok", "error", "throttle", "fault"] as const) {
        const expression = formatResponseTimeFilter({ subject: d.subject, range, status });
        expect(parseFilter(expression).diagnostics, expression).toEqual([]);
        const compiled = compileFilter(expression);
        const inRange = (v: number) => v >= range.from && v <= range.to;
        const subject = d.subject;
        const expected = (t: Trace) =>
          t.segments.some((c) => {
            if (subject.kind === "service")
              return is(c, subject.service) && inRange(seconds(c)) && hasStatus(c, status);
            const caller = c.parent;
            return (
              caller !== null &&
              caller !== undefined &&
              caller.segment !== null &&
              caller.segment !== undefined &&
              is(caller.segment, subject.source) &&
              is(c, subject.target) &&
              inRange(seconds(caller)) &&
              hasStatus(caller, status)
            );
          });
        const matched = traces.filter((t) => compiled.matchesTrace(t)).map((t) => t.id);
        expect(matched, expression).toEqual(traces.filter(expected).map((t) => t.id));
        if (status === "all") expect(matched.length, expression).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it("count about what the histogram shows for a service with one request per trace", () => {
    const api = graph.nodes.find((n) => n.name === "orders-service")!;
    const digest = api.responseTimeDigest!;
    const range = roundHistogramRange({ from: digest.quantile(0.25), to: digest.quantile(0.75) });
    const expression = formatResponseTimeFilter({
      subject: { kind: "service", service: { name: "orders-service" } },
      range,
    });
    const matched = traces.filter((t) => compileFilter(expression).matchesTrace(t)).length;
    const charted = digest.rank(range.to, true) - digest.rank(range.from, false);
    expect(Math.abs(matched - charted)).toBeLessThanOrEqual(Math.max(3, charted * 0.05));
  });

  it("select a link edge's traces (no range) and a client's through its root service", () => {
    const link = graph.edges.find(
      (e) => e.edgeType === "link" && graph.nodeByKey.get(e.target)!.name === "receipt-renderer",
    )!;
    const d = resolveServiceDetails(graph, { kind: "edge", key: link.key })!;
    const expression = formatResponseTimeFilter({
      subject: d.subject!,
      range: null,
      status: "all",
    });
    expect(expression).toBe(
      'edge("orders-service", id(name: "receipt-renderer", type: "AWS::Lambda"))',
    );
    expect(traces.filter((t) => compileFilter(expression).matchesTrace(t)).length).toBe(
      link.statistics.TotalCount,
    );
    const client = graph.nodes.find((n) => n.kind === "client")!;
    const c = resolveServiceDetails(graph, { kind: "node", key: client.key })!;
    const all = formatResponseTimeFilter({ subject: c.subject!, range: null });
    expect(traces.filter((t) => compileFilter(all).matchesTrace(t))).toHaveLength(traces.length);
  });
});
