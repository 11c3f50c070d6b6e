import { describe, expect, it } from "vitest";
import { formatFilter, parseFilter } from "../../../src/filter/index";
import { formatResponseTimeFilter } from "../../../src/react/LatencyHistogram/formatResponseTimeFilter";

const range = { from: 0.1, to: 0.25 };

describe("formatResponseTimeFilter", () => {
  it("writes the console's service and edge forms", () => {
    expect(
      formatResponseTimeFilter({ subject: { kind: "service", service: { name: "api" } }, range }),
    ).toBe('service("api") { responsetime >= 0.1 AND responsetime <= 0.25 }');
    expect(
      formatResponseTimeFilter({
        subject: { kind: "edge", source: { name: "api" }, target: { name: "db" } },
        range,
      }),
    ).toBe('edge("api", "db") { responsetime >= 0.1 AND responsetime <= 0.25 }');
  });

  it("names a service by id(name:, type:) when it carries a type", () => {
    expect(
      formatResponseTimeFilter({
        subject: {
          kind: "edge",
          source: { name: "fn", type: "AWS::Lambda" },
          target: { name: "fn", type: "AWS::Lambda::Function" },
        },
        range,
      }),
    ).toBe(
      'edge(id(name: "fn", type: "AWS::Lambda"), id(name: "fn", type: "AWS::Lambda::Function")) { responsetime >= 0.1 AND responsetime <= 0.25 }',
    );
    expect(
      formatResponseTimeFilter({
        subject: { kind: "service", service: { name: "x", type: null } },
        range,
      }),
    ).toMatch(/^service\("x"\)/);
  });

  it("adds the status keyword, and keeps only what is set", () => {
    const service = { kind: "service" as const, service: { name: "api" } };
    expect(formatResponseTimeFilter({ subject: service, range, status: "fault" })).toBe(
      'service("api") { responsetime >= 0.1 AND responsetime <= 0.25 AND fault }',
    );
    expect(formatResponseTimeFilter({ subject: service, range: null, status: "throttle" })).toBe(
      'service("api") { throttle }',
    );
    expect(formatResponseTimeFilter({ subject: service, range: null })).toBe('service("api")');
    expect(formatResponseTimeFilter({ subject: service, range, metric: "duration" })).toBe(
      'service("api") { duration >= 0.1 AND duration <= 0.25 }',
    );
  });

  it("quotes and escapes hostile names, and every form parses back to itself", () => {
    const hostile = 'a"b\\c } OR true {';
    for (const status of ["all", "ok", "error", "throttle", "fault"] as const) {
      for (const subject of [
        { kind: "service" as const, service: { name: hostile } },
        {
          kind: "edge" as const,
          source: { name: hostile, type: "AWS::X" },
          target: { name: "db" },
        },
      ]) {
        const text = formatResponseTimeFilter({
          subject,
          range: { from: 0.000123, to: 12.5 },
          status,
        });
        const parsed = parseFilter(text);
        expect(parsed.diagnostics).toEqual([]);
        expect(formatFilter(parsed.ast!)).toBe(text);
        const ref =
          parsed.ast!.kind === "service"
            ? parsed.ast!.ref
            : parsed.ast!.kind === "edge"
              ? parsed.ast!.source
              : null;
        expect(ref?.kind === "name" ? ref.name : ref?.kind === "id" ? ref.name?.value : null).toBe(
          hostile,
        );
      }
    }
  });
});
