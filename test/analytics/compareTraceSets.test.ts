import { describe, expect, it } from "vitest";
import { compareTraceSets } from "../../src/analytics/index";
import { compileFilter, parseFilter } from "../../src/filter/index";
import { sampleTraces } from "../../src/sample/index";
import { summary, users } from "./support/summary";

const T0 = 1_700_000_000;
const a = [
  summary({ StartTime: T0 + 10, Http: { HttpStatus: 200 }, ResponseTime: 0.1 }),
  summary({ StartTime: T0 + 20, Http: { HttpStatus: 200 }, ResponseTime: 0.2 }),
  summary({ StartTime: T0 + 30, Http: { HttpStatus: 500 }, HasFault: true, ResponseTime: 0.3 }),
  summary({ StartTime: T0 + 40, Http: { HttpStatus: 404 }, HasError: true, ResponseTime: 0.4 }),
];
const b = [
  summary({ StartTime: T0 + 200, Http: { HttpStatus: 200 }, ResponseTime: 1 }),
  summary({ StartTime: T0 + 250, Http: { HttpStatus: 500 }, HasFault: true, ResponseTime: 2 }),
];

describe("compareTraceSets", () => {
  it("tabulates the % of traces per value in A and B and the delta A − B (hand-computed)", () => {
    const cmp = compareTraceSets({ a, b }, { fields: ["http.status"] });
    const rows = cmp.tables[0].rows;
    expect(rows.map((r) => r.value)).toEqual([200, 500, 404]);
    const [ok, fault, notFound] = rows;
    expect([ok.a.count, ok.a.fraction, ok.b.count, ok.b.fraction]).toEqual([2, 0.5, 1, 0.5]);
    expect(ok.delta).toBeCloseTo(0, 12);
    expect(fault.a.fraction).toBeCloseTo(0.25, 12);
    expect(fault.b.fraction).toBeCloseTo(0.5, 12);
    expect(fault.delta).toBeCloseTo(-0.25, 12);
    expect(notFound.b).toEqual({ count: 0, fraction: 0 });
    expect(notFound.delta).toBeCloseTo(0.25, 12);
    expect(notFound.expression).toBe("http.status = 404");
  });

  it("orders rows by |delta| on request, ties by count in A then in B", () => {
    const cmp = compareTraceSets({ a, b }, { fields: ["http.status"], order: "delta" });
    expect(cmp.tables[0].rows.map((r) => r.value)).toEqual([500, 404, 200]);
  });

  it("puts every set's time series on one domain and keeps each set's distribution", () => {
    const cmp = compareTraceSets({ a, b, all: [...a, ...b] }, { period: 60 });
    const series = [cmp.a, cmp.b, cmp.all!].map((s) => s.timeSeries);
    for (const s of series) {
      expect([s.start, s.end, s.period, s.buckets.length]).toEqual([
        series[0].start,
        series[0].end,
        60,
        series[0].buckets.length,
      ]);
    }
    // T0 is not a multiple of 60: the domain starts at T0 − 20, so T0 + 40 opens bucket 1.
    expect(series[0].buckets.map((x) => x.total)).toEqual([3, 1, 0, 0, 0]);
    expect(series[1].buckets.map((x) => x.total)).toEqual([0, 0, 0, 1, 1]);
    expect(series[2].buckets.map((x) => x.fault)).toEqual([1, 0, 0, 0, 1]);
    expect(cmp.a.count).toBe(4);
    expect(cmp.a.distribution.mean).toBeCloseTo(0.25, 12);
    expect(cmp.b.distribution.digest.quantile(1)).toBe(2);
    expect(cmp.tables.map((t) => t.field)).toEqual([
      "http.status",
      "http.url",
      "http.method",
      "user",
    ]);
  });

  it("handles an empty set B (fractions 0, deltas = A's fractions)", () => {
    const cmp = compareTraceSets(
      { a: [summary({ Users: users("ann") })], b: [] },
      { fields: ["user"] },
    );
    expect(cmp.tables[0].rows).toEqual([
      {
        value: "ann",
        a: { count: 1, fraction: 1 },
        b: { count: 0, fraction: 0 },
        delta: 1,
        expression: 'user = "ann"',
      },
    ]);
    expect(cmp.b.count).toBe(0);
    expect(Number.isNaN(cmp.b.distribution.mean)).toBe(true);
  });

  it("reads each set once, so generators work", () => {
    function* gen() {
      yield* a;
    }
    const cmp = compareTraceSets({ a: gen(), b: gen() }, { fields: ["http.status"] });
    expect(cmp.a.count).toBe(4);
    expect(cmp.b.count).toBe(4);
  });

  it("gives row expressions that select the row's traces in each set (workload)", () => {
    const traces = sampleTraces({ traces: 120, seed: 5 });
    const get = compileFilter('http.method = "GET"');
    const setA = traces.filter((t) => get.matchesTrace(t));
    const setB = traces.filter((t) => !get.matchesTrace(t));
    const cmp = compareTraceSets({ a: setA, b: setB }, { fields: ["http.status", "user"] });
    for (const table of cmp.tables) {
      for (const row of table.rows) {
        expect(parseFilter(row.expression).diagnostics).toEqual([]);
        const f = compileFilter(row.expression);
        expect(setA.filter((t) => f.matchesTrace(t)).length).toBe(row.a.count);
        expect(setB.filter((t) => f.matchesTrace(t)).length).toBe(row.b.count);
      }
    }
  });
});
