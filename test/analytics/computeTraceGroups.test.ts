import { describe, expect, it } from "vitest";
import { computeTraceGroups } from "../../src/analytics/index";
import { compileFilter, parseFilter } from "../../src/filter/index";
import { sampleTraces } from "../../src/sample/index";
import { annotations, summary, users } from "./support/summary";

const A = "https://example.com/a";
const B = "https://example.com/b";

const traces = [
  summary({ Http: { HttpURL: A, HttpStatus: 200 }, ResponseTime: 0.1 }),
  summary({ Http: { HttpURL: A, HttpStatus: 500 }, ResponseTime: 0.3, HasFault: true }),
  summary({ Http: { HttpURL: A, HttpStatus: 404 }, ResponseTime: 0.2, HasError: true }),
  summary({
    Http: { HttpURL: B, HttpStatus: 429 },
    ResponseTime: 0.4,
    HasError: true,
    HasThrottle: true,
  }),
  summary({ Http: {}, ResponseTime: undefined, IsPartial: true }),
];

describe("computeTraceGroups", () => {
  it("computes the trace overview's columns per URL (hand-computed)", () => {
    const { groups, total, field } = computeTraceGroups(traces);
    expect(field).toBe("http.url");
    expect(total).toBe(5);
    expect(groups.map((g) => g.value)).toEqual([A, B, null]);
    const [a, b, none] = groups;
    expect(a.count).toBe(3);
    expect(a.fraction).toBeCloseTo(0.6, 12);
    expect(a.averageResponseTime).toBeCloseTo(0.2, 12);
    expect([a.ok, a.error, a.throttle, a.fault]).toEqual([1, 1, 0, 1]);
    // A 429 sets both HasError and HasThrottle; it counts once, as a throttle.
    expect([b.ok, b.error, b.throttle, b.fault]).toEqual([0, 0, 1, 0]);
    expect(b.averageResponseTime).toBeCloseTo(0.4, 12);
    expect(none.count).toBe(1);
    expect(none.averageResponseTime).toBeNaN();
    expect(none.expression).toBe("!http.url");
    expect(a.expression).toBe(`http.url = "${A}"`);
  });

  it("leaves out traces without the field when includeMissing is false", () => {
    const { groups } = computeTraceGroups(traces, { includeMissing: false });
    expect(groups.map((g) => g.value)).toEqual([A, B]);
  });

  it("groups numbers, strings and booleans apart and orders ties by value", () => {
    const set = [
      summary({ Annotations: annotations({ tier: 1 }) }),
      summary({ Annotations: annotations({ tier: "1" }) }),
      summary({ Annotations: annotations({ tier: true }) }),
      summary({ Annotations: annotations({ tier: "1" }) }),
    ];
    const { groups } = computeTraceGroups(set, { field: "annotation.tier" });
    expect(groups.map((g) => [g.value, g.count])).toEqual([
      ["1", 2],
      [1, 1],
      [true, 1],
    ]);
    expect(groups.map((g) => g.expression)).toEqual([
      'annotation.tier = "1"',
      "annotation.tier = 1",
      "annotation.tier = true",
    ]);
  });

  it("counts a trace once in each of its users' groups", () => {
    const set = [
      summary({ Users: users("alice", "bob", "alice") }),
      summary({ Users: users("bob") }),
    ];
    const { groups } = computeTraceGroups(set, { field: "user" });
    expect(groups.map((g) => [g.value, g.count, g.fraction])).toEqual([
      ["bob", 2, 1],
      ["alice", 1, 0.5],
    ]);
  });

  it("keeps prototype-named values as ordinary groups", () => {
    const set = ["__proto__", "constructor", "__proto__"].map((u) =>
      summary({ Http: { HttpURL: u } }),
    );
    const { groups } = computeTraceGroups(set);
    expect(groups.map((g) => [g.value, g.count])).toEqual([
      ["__proto__", 2],
      ["constructor", 1],
    ]);
    expect(({} as Record<string, unknown>).count).toBeUndefined();
  });

  it("gives expressions that parse and select exactly each group's traces (workload)", () => {
    const workload = sampleTraces({ traces: 150, seed: 3 });
    for (const field of ["http.url", "http.method", "http.status", "user", "service"] as const) {
      const { groups } = computeTraceGroups(workload, { field });
      for (const g of groups) {
        expect(parseFilter(g.expression).diagnostics).toEqual([]);
        const filter = compileFilter(g.expression);
        expect(workload.filter((t) => filter.matchesTrace(t)).length).toBe(g.count);
      }
    }
  });
});
