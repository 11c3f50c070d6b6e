import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatResponseTimeFilter } from "../../src/analytics/index";
import { compileFilter, parseFilter } from "../../src/filter/index";
import { summary } from "./support/summary";

describe("formatResponseTimeFilter", () => {
  it("writes X-Ray's range expression, bounds in order", () => {
    expect(formatResponseTimeFilter(0.1, 0.25)).toBe(
      "responsetime >= 0.1 AND responsetime <= 0.25",
    );
    expect(formatResponseTimeFilter(2, 1)).toBe("responsetime >= 1 AND responsetime <= 2");
    expect(formatResponseTimeFilter(-0, 1)).toBe("responsetime >= 0 AND responsetime <= 1");
    expect(() => formatResponseTimeFilter(Number.NaN, 1)).toThrow(RangeError);
  });

  it("matches exactly the response times inside the closed range (property)", () => {
    const ms = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000);
    fc.assert(
      fc.property(ms, ms, fc.array(ms, { maxLength: 20 }), (from, to, times) => {
        const expression = formatResponseTimeFilter(from, to);
        expect(parseFilter(expression).diagnostics).toEqual([]);
        const f = compileFilter(expression);
        const [lo, hi] = from <= to ? [from, to] : [to, from];
        for (const t of times) {
          expect(f.matchesSummary(summary({ ResponseTime: t }))).toBe(t >= lo && t <= hi);
        }
      }),
      { numRuns: 200 },
    );
  });
});
