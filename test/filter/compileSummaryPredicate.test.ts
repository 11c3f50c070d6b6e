import { describe, expect, it } from "vitest";
import { compileFilter } from "../../src/filter/compileFilter";
import type { Trace, TraceSummary } from "../../src/model/index";
import { assemble, call, http, seg, web } from "./traceBuilder";

function summaryOf(trace: Trace): TraceSummary {
  return trace.summary;
}

describe("compileFilter().matchesSummary", () => {
  const traces: Trace[] = [
    web({
      status: 200,
      time: 2,
      user: "alice",
      url: "http://x/api/game/1",
      annotations: { k: "v" },
    }),
    web({ status: 500, time: 6 }),
    assemble(...call({ name: "web", extra: http(404) }, { name: "db", extra: { fault: true } })),
    assemble(seg("web", 0, null)),
  ];

  it.each([
    "ok",
    "!ok AND responsetime > 5",
    "error OR fault",
    "partial",
    'user = "alice" AND annotation.k = "v"',
    'http.url CONTAINS "/game/"',
    'service("db")',
    '!service("db")',
    'service(id(name: "web"))',
    "rootcause.fault.service { last }",
    'rootcause.error.entity { name = "web" }',
  ])("agrees with matchesTrace when only the summary is needed: %s", (expression) => {
    const filter = compileFilter(expression);
    expect(filter.needsTree).toBe(false);
    for (const t of traces)
      expect(filter.matchesSummary(summaryOf(t))).toBe(filter.matchesTrace(t));
  });

  it("says false for service bodies, edges and inferred, which need the tree, unless the summary decides", () => {
    const downstream = traces[2];
    for (const expression of [
      'service("db") { fault }',
      'edge("web", "db")',
      "inferred",
      '!service("db") { fault }',
    ]) {
      const filter = compileFilter(expression);
      expect(filter.needsTree).toBe(true);
      expect(filter.matchesSummary(summaryOf(downstream))).toBe(false);
    }
    expect(compileFilter('service("db") { fault }').matchesTrace(downstream)).toBe(true);
  });

  it("decides a tree term from the summary when its service is absent (three-valued logic)", () => {
    const lone = summaryOf(web({ status: 200 }));
    expect(compileFilter('!service("db") { fault }').matchesSummary(lone)).toBe(true);
    expect(compileFilter('!edge("web", "db")').matchesSummary(lone)).toBe(true);
    expect(compileFilter('ok OR service("db") { fault }').matchesSummary(lone)).toBe(true);
    expect(compileFilter('!ok AND service("db") { fault }').matchesSummary(lone)).toBe(false);
  });

  it("reads real GetTraceSummaries output (no ServiceIds: service terms stay undecided)", () => {
    const real = JSON.parse(
      '{"HasError":false,"Http":{"HttpStatus":200,"HttpMethod":"POST","HttpURL":"http://scorekeep.elasticbeanstalk.com/api/user"},"Users":[{"UserName":"5M388M1E"}],"HasFault":false,"Annotations":{"UserID":[{"AnnotationValue":{"StringValue":"5M388M1E"}}]},"ResponseTime":3.232,"Duration":3.232,"Id":"1-59602603-23fc5b688855d396af79b496","HasThrottle":false}',
    ) as TraceSummary;
    expect(
      compileFilter('ok AND user = "5M388M1E" AND annotation.UserID = "5M388M1E"').matchesSummary(
        real,
      ),
    ).toBe(true);
    expect(compileFilter('http.method = "POST" AND responsetime > 3').matchesSummary(real)).toBe(
      true,
    );
    expect(compileFilter('service("Scorekeep")').matchesSummary(real)).toBe(false);
    expect(compileFilter('!service("Scorekeep")').matchesSummary(real)).toBe(false);
  });
});
