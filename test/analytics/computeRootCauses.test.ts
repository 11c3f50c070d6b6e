import { describe, expect, it } from "vitest";
import { computeRootCauses } from "../../src/analytics/index";
import { compileFilter, parseFilter } from "../../src/filter/index";
import type { FaultRootCause, TraceSummary } from "../../src/model/index";
import { sampleTraces } from "../../src/sample/index";
import { summary } from "./support/summary";

function cause(
  path: readonly [service: string, entities: readonly string[], exception?: string][],
  clientImpacting = true,
): FaultRootCause {
  return {
    ClientImpacting: clientImpacting,
    Services: path.map(([name, entities, exception]) => ({
      Name: name,
      Names: [name],
      Type: "AWS::EC2::Instance",
      Inferred: false,
      EntityPath: entities.map((e, i) => ({
        Name: e,
        Remote: false,
        Exceptions:
          exception !== undefined && i === entities.length - 1
            ? [{ Name: "Boom", Message: exception }]
            : [],
      })),
    })),
  };
}

const faults = (...causes: FaultRootCause[]): TraceSummary =>
  summary({ HasFault: true, FaultRootCauses: causes });

const set: TraceSummary[] = [
  faults(
    cause([
      ["api", ["api"]],
      ["db", ["db", "query"], "timeout"],
    ]),
  ),
  faults(
    cause(
      [
        ["api", ["api"]],
        ["db", ["db", "query"], "timeout"],
      ],
      false,
    ),
  ),
  faults(
    cause([
      ["api", ["api"]],
      ["db", ["db", "connect"], "refused"],
    ]),
  ),
  faults(cause([["api", ["api", "render"], "NullPointer"]])),
  // Two causes with the same row in one trace count once.
  faults(cause([["cache", ["cache"], "evicted"]]), cause([["cache", ["cache"], "evicted"]])),
  summary(),
];

describe("computeRootCauses", () => {
  it("ranks root-cause services by the number of traces (hand-computed)", () => {
    const r = computeRootCauses(set, { kind: "fault", by: "service" });
    expect([r.total, r.withCause]).toEqual([6, 5]);
    expect(r.rows.map((x) => [x.service.name, x.count, x.clientImpacting])).toEqual([
      ["db", 3, 2],
      ["api", 1, 1],
      ["cache", 1, 1],
    ]);
    expect(r.rows[0].fraction).toBeCloseTo(0.5, 12);
    expect(r.rows[0].path).toEqual([]);
  });

  it("splits a service's rows by entity path", () => {
    const r = computeRootCauses(set, { kind: "fault" });
    expect(r.by).toBe("path");
    expect(r.rows.map((x) => [x.service.name, x.path.join(" > "), x.count])).toEqual([
      ["db", "db > query", 2],
      ["api", "api > render", 1],
      ["cache", "cache", 1],
      ["db", "db > connect", 1],
    ]);
  });

  it("groups by the last exception", () => {
    const r = computeRootCauses(set, { kind: "fault", by: "exception" });
    expect(r.rows.map((x) => [x.exception?.message, x.service.name, x.count])).toEqual([
      ["timeout", "db", 2],
      ["NullPointer", "api", 1],
      ["evicted", "cache", 1],
      ["refused", "db", 1],
    ]);
    expect(r.rows[0].expression).toBe(
      'rootcause.fault.exception { last and name = "Boom" and message = "timeout" }',
    );
  });

  it("refuses exception rows for response-time root causes", () => {
    expect(() => computeRootCauses(set, { kind: "responsetime", by: "exception" })).toThrow(
      RangeError,
    );
  });

  it("gives expressions that parse and match every trace counted in the row", () => {
    const traces = sampleTraces({ traces: 200, seed: 2, faultRate: 0.2, errorRate: 0.2 });
    const combos = [
      ["fault", "service"],
      ["fault", "path"],
      ["fault", "exception"],
      ["error", "path"],
      ["responsetime", "path"],
      ["responsetime", "service"],
    ] as const;
    for (const [kind, by] of combos) {
      const r = computeRootCauses(traces, { kind, by });
      expect(r.rows.length).toBeGreaterThan(0);
      for (const row of r.rows) {
        expect(parseFilter(row.expression).diagnostics).toEqual([]);
        const f = compileFilter(row.expression);
        expect(traces.filter((t) => f.matchesTrace(t)).length).toBeGreaterThanOrEqual(row.count);
      }
      // By service the expression is exact.
      if (by === "service") {
        for (const row of r.rows) {
          const f = compileFilter(row.expression);
          expect(traces.filter((t) => f.matchesTrace(t)).length).toBe(row.count);
        }
      }
    }
  });
});
