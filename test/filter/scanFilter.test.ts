import { describe, expect, it } from "vitest";
import { scanFilter } from "../../src/filter/scanFilter";

const kinds = (text: string): string[] =>
  scanFilter(text).tokens.map((t) => `${t.kind}:${t.value}`);

describe("scanFilter", () => {
  it("splits words with dots and dashes, numbers, strings and punctuation", () => {
    expect(kinds('service("api") { http.status>=500 } AND user = data-plane')).toEqual([
      "word:service",
      "(:(",
      "string:api",
      "):)",
      "{:{",
      "word:http.status",
      ">=:>=",
      "number:500",
      "}:}",
      "word:AND",
      "word:user",
      "=:=",
      "word:data-plane",
      "eof:",
    ]);
  });

  it("reads numbers with signs, fractions and exponents, and digit-led words as words", () => {
    expect(kinds("-3 2.5 1e+21 5e-324 817DL6VO 1.2.3")).toEqual([
      "number:-3",
      "number:2.5",
      "number:1e+21",
      "number:5e-324",
      "word:817DL6VO",
      "word:1.2.3",
      "eof:",
    ]);
  });

  it('decodes \\" and \\\\ in strings and keeps other escapes with a warning', () => {
    const { tokens, diagnostics } = scanFilter('"a\\"b\\\\c\\n"');
    expect(tokens[0]).toMatchObject({ kind: "string", value: 'a"b\\c\\n', from: 0, to: 11 });
    expect(diagnostics).toMatchObject([
      { code: "unknown-escape", from: 8, to: 10, severity: "warning" },
    ]);
  });

  it("reads #[...] as one JSON token, brackets inside strings included", () => {
    const { tokens, diagnostics } = scanFilter('rootcause.json = #[{"a": "]"}] ok');
    expect(tokens[2]).toMatchObject({ kind: "json", value: '[{"a": "]"}]', from: 17, to: 30 });
    expect(tokens[3]).toMatchObject({ kind: "word", value: "ok" });
    expect(diagnostics).toEqual([]);
  });

  it("recovers && and || as AND and OR, and == as =, with errors", () => {
    const { tokens, diagnostics } = scanFilter("a && b || c == 1");
    expect(tokens.map((t) => t.value)).toEqual(["a", "AND", "b", "OR", "c", "=", "1", ""]);
    expect(diagnostics.map((d) => d.code)).toEqual([
      "symbolic-logical-operator",
      "symbolic-logical-operator",
      "double-equals",
    ]);
  });

  it("reports a run of stray characters once and skips it", () => {
    const { tokens, diagnostics } = scanFilter("ok @$% fault");
    expect(tokens.map((t) => t.value)).toEqual(["ok", "fault", ""]);
    expect(diagnostics).toMatchObject([{ code: "unexpected-character", from: 3, to: 6 }]);
  });

  it("accepts letters beyond ASCII in words and any whitespace between tokens", () => {
    expect(kinds("name\u00a0=\tcafé\u2003ünïcode")).toEqual([
      "word:name",
      "=:=",
      "word:café",
      "word:ünïcode",
      "eof:",
    ]);
  });

  it("ends unterminated strings and JSON at the end of the text", () => {
    expect(scanFilter('"abc').tokens[0]).toMatchObject({
      kind: "string",
      value: "abc",
      unterminated: true,
      to: 4,
    });
    expect(scanFilter("#[{").tokens[0]).toMatchObject({ kind: "json", unterminated: true, to: 3 });
  });
});
