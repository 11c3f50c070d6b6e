import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFieldFilter } from "../../src/analytics/index";
import { compileFilter, parseFilter } from "../../src/filter/index";
import { annotations, summary, users } from "./support/summary";

describe("formatFieldFilter", () => {
  it("writes the filter language's forms for each kind of field", () => {
    expect(formatFieldFilter("http.url", 'a "b" \\c')).toBe('http.url = "a \\"b\\" \\\\c"');
    expect(formatFieldFilter("http.status", 404)).toBe("http.status = 404");
    expect(formatFieldFilter("service", "orders")).toBe('service("orders")');
    expect(formatFieldFilter("annotation.tier", "gold")).toBe('annotation.tier = "gold"');
    expect(formatFieldFilter("annotation.a b", true)).toBe('annotation["a b"] = true');
    expect(formatFieldFilter("user", null)).toBe("!user");
    expect(formatFieldFilter("annotation.a b", null)).toBe('!annotation["a b"]');
  });

  it("selects traces with the value and, for null, traces without the field", () => {
    const withUser = summary({ Users: users("ann") });
    const without = summary();
    expect(compileFilter(formatFieldFilter("user", "ann")).matchesSummary(withUser)).toBe(true);
    expect(compileFilter(formatFieldFilter("user", null)).matchesSummary(withUser)).toBe(false);
    expect(compileFilter(formatFieldFilter("user", null)).matchesSummary(without)).toBe(true);
  });

  it("round-trips any string value and annotation key (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        fc.string({ minLength: 1, unit: "grapheme" }),
        (value, key) => {
          const url = formatFieldFilter("http.url", value);
          expect(parseFilter(url).diagnostics).toEqual([]);
          expect(compileFilter(url).matchesSummary(summary({ Http: { HttpURL: value } }))).toBe(
            true,
          );
          const ann = formatFieldFilter(`annotation.${key}`, value);
          expect(parseFilter(ann).diagnostics).toEqual([]);
          const s = summary({ Annotations: annotations({ [key]: value }) });
          expect(compileFilter(ann).matchesSummary(s)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
