import { describe, expect, it } from "vitest";
import { formatFilter } from "../../src/filter/formatFilter";
import { MAX_FILTER_DEPTH } from "../../src/filter/FilterCursor";
import type { FilterNode } from "../../src/filter/FilterNode";
import { parseFilter } from "../../src/filter/parseFilter";
import { DEEP_LINK_FILTER, MISSING_BRACE_EXAMPLE, xrayExamples } from "./xrayExamples";

/** The diagnostics of a text as `code from-to (hint)` lines: the golden form. */
function diagnosticsOf(text: string): string[] {
  return parseFilter(text).diagnostics.map(
    (d) => `${d.code} ${d.from}-${d.to}${d.hint === undefined ? "" : ` (${d.hint})`}`,
  );
}

/** The tree as canonical text (the golden form of a parse). */
function printed(text: string): string {
  const { ast } = parseFilter(text);
  return ast === null ? "(none)" : formatFilter(ast);
}

describe("parseFilter on the documented examples", () => {
  it.each(xrayExamples.filter((e) => e !== MISSING_BRACE_EXAMPLE))(
    "parses %s without syntax errors",
    (example) => {
      const { ast, diagnostics } = parseFilter(example);
      expect(ast).not.toBeNull();
      // `{ filter }` is the documentation's placeholder: the only complaint allowed is about it
      const problems = diagnostics.filter(
        (d) => !(d.code === "unknown-keyword" && example.slice(d.from, d.to) === "filter"),
      );
      expect(problems).toEqual([]);
    },
  );

  it("reports the documentation's missing '}' at the end of the text and recovers the tree", () => {
    const { ast, diagnostics } = parseFilter(MISSING_BRACE_EXAMPLE);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: "unclosed-brace",
      severity: "error",
      from: MISSING_BRACE_EXAMPLE.length,
      to: MISSING_BRACE_EXAMPLE.length,
    });
    expect(diagnostics[0].message).toContain("offset 26");
    expect(formatFilter(ast!)).toBe(
      'rootcause.fault.exception { last AND message = "Access Denied for account_id: 1234567890" }',
    );
  });

  it("parses the console's URL-encoded deep-link filter once decoded", () => {
    const text = decodeURIComponent(DEEP_LINK_FILTER);
    expect(parseFilter(text).diagnostics).toEqual([]);
    expect(printed(text)).toBe(
      'service("api.amazon.com") { fault = true OR responsetime > 2.5 } AND annotation.foo = "bar"',
    );
  });
});

describe("parseFilter structure", () => {
  it.each([
    ["ok !partial duration <3", "ok AND !partial AND duration < 3"],
    ["ok OR fault AND error", "ok OR fault AND error"],
    ["(ok OR fault) AND error", "(ok OR fault) AND error"],
    ["ok or fault and error", "ok OR fault AND error"],
    ["!ok AND fault", "!ok AND fault"],
    ["!(ok AND fault)", "!(ok AND fault)"],
    ["!http.status = 500", "!(http.status = 500)"],
    ["((ok))", "ok"],
    ["(ok AND fault) AND error", "(ok AND fault) AND error"],
    ['ResponseTime > 2 And HTTP.URL contains "x"', 'responsetime > 2 AND http.url CONTAINS "x"'],
    ["name = traces", 'name = "traces"'],
    ["user = data-plane", 'user = "data-plane"'],
    ['annotation["dotted.key"] = 1', 'annotation["dotted.key"] = 1'],
    ["annotation.dotted.key = 1", 'annotation["dotted.key"] = 1'],
    ["annotation.Mixed_Case = TRUE", "annotation.Mixed_Case = true"],
    ['http.url = "a \\"quoted\\" \\\\ path"', 'http.url = "a \\"quoted\\" \\\\ path"'],
    ["responsetime >= 1e-3", "responsetime >= 0.001"],
    ["annotation.t > -2.5", "annotation.t > -2.5"],
    ['id(type: "t", name: "n")', 'id(name: "n", type: "t")'],
    ["service(api) { fault }", 'service("api") { fault }'],
    ["ok && fault || error", "ok AND fault OR error"],
    ["   ", "(none)"],
  ])("reads %s as %s", (text, expected) => {
    expect(printed(text)).toBe(expected);
  });

  it("gives AND precedence over OR and keeps adjacent terms as one AND", () => {
    const { ast } = parseFilter("a b OR c");
    expect(ast?.kind).toBe("or");
    const or = ast as Extract<FilterNode, { kind: "or" }>;
    expect(or.operands.map((o) => o.kind)).toEqual(["and", "keyword"]);
  });

  it("records exact spans for keywords, operators and values", () => {
    const { ast } = parseFilter("  http.status != 200");
    expect(ast).toMatchObject({
      kind: "keyword",
      from: 2,
      to: 20,
      keyword: { text: "http.status", from: 2, to: 13 },
      operator: { op: "!=", from: 14, to: 16 },
      value: { type: "number", value: 200, from: 17, to: 20 },
    });
  });

  it("keeps annotation keys case-sensitive and keyword names lower-cased", () => {
    const { ast } = parseFilter("Annotation.UserID AND OK");
    expect(ast).toMatchObject({
      kind: "and",
      operands: [
        { kind: "annotation", key: { text: "UserID" } },
        { kind: "keyword", keyword: { text: "ok" } },
      ],
    });
  });

  it("reads keys named like Object.prototype members as plain keys", () => {
    expect(parseFilter("annotation.constructor").ast).toMatchObject({
      key: { text: "constructor" },
    });
    expect(parseFilter('annotation["__proto__"] = 1').ast).toMatchObject({
      key: { text: "__proto__" },
    });
  });
});

describe("parseFilter diagnostics (golden, exact offsets)", () => {
  it.each<[string, string[]]>([
    ["responstime > 2", ["unknown-keyword 0-11 (did you mean 'responsetime'?)"]],
    ['http.url = "abc', ['unterminated-string 11-15 (add " at the end)']],
    ["(ok OR fault", ["unclosed-paren 12-12 (add ')')"]],
    ["ok AND", ["expected-term 6-6"]],
    ["AND ok", ["expected-term 0-3"]],
    ["ok OR OR fault", ["expected-term 6-8"]],
    ["!", ["expected-term 1-1"]],
    ["()", ["expected-term 0-2"]],
    ['service("a") {}', ["expected-term 13-15"]],
    ["ok )", ["unexpected-token 3-4 (remove it)"]],
    ['responsetime > "5"', ["type-mismatch 15-18 (compare with a number (seconds for times))"]],
    ["http.url > 5", ["operator-not-allowed 9-10 (use = != CONTAINS BEGINSWITH ENDSWITH)"]],
    ["ok = 1", ["type-mismatch 5-6 (compare with true or false)"]],
    ["ok = yes", ["type-mismatch 5-8 (compare with true or false)"]],
    ["user = 123", ['type-mismatch 7-10 (quote it: "123")']],
    ["duration == 3", ["double-equals 9-11 (use '=')"]],
    ["ok && fault", ["symbolic-logical-operator 3-5 (use AND)"]],
    ["name = 'x'", ['single-quoted-string 7-10 (write "x")']],
    [
      'name = "a\\qb"',
      ['unknown-escape 9-11 (only \\" and \\\\ are escapes; write \\\\ for a backslash)'],
    ],
    ["ok @ fault", ["unexpected-character 3-4"]],
    ["duration < -", ["unexpected-character 11-12 (negate with '!')", "expected-value 12-12"]],
    ["NOT ok", ["unknown-keyword 0-3 (negate with '!')"]],
    ["a.b.c", ["unknown-keyword 0-5"]],
    [
      'service("a") { annotation.k = "v" }',
      ["annotation-in-body 15-33 (test annotations outside the braces, joined with AND)"],
    ],
    [
      'service("a") { service("b") }',
      ["nested-complex-keyword 15-27 (combine it outside the braces with AND / OR)"],
    ],
    [
      "root",
      [
        "keyword-not-allowed 0-4 ('root' works inside service() / edge() braces, inside rootcause.fault|error|responsetime.service braces)",
      ],
    ],
    [
      "index > 3",
      [
        "keyword-not-allowed 0-5 ('index' works inside rootcause.fault|error|responsetime.service|entity|exception braces)",
      ],
    ],
    [
      "rootcause.fault.entity { coverage > 0.5 }",
      ["keyword-not-allowed 25-33 ('coverage' works inside rootcause.responsetime.entity braces)"],
    ],
    [
      "rootcause.fualt.entity { last }",
      ["invalid-rootcause 0-22 (did you mean 'rootcause.fault.entity'?)"],
    ],
    ["rootcause.fault.entity", ["expected-body 22-22 (write rootcause.fault.entity { ... })"]],
    ['rootcause.fault.entity { name = "x"', ["unclosed-brace 35-35 (add '}')"]],
    ['rootcause.json = #[{"a" 1}]', ["invalid-json 17-27"]],
    ['rootcause.json = #[{"a": 1]', ["unterminated-json 17-27"]],
    ['edge("a")', ["edge-arity 0-9"]],
    ['edge("a", "b", "c")', ["edge-arity 13-18"]],
    ['service(id(nme: "x"))', ["invalid-id-argument 11-14 (did you mean 'name:'?)"]],
    ["service(id())", ["empty-id 8-12"]],
    ['id(name: "a", name: "b")', ["duplicate-id-argument 14-18"]],
    ['service "x"', ["expected-open-paren 7-7 (write service(...))"]],
    ['service("a" "b") { fault }', ["unexpected-token 12-15"]],
    ["ok AND service(", ["expected-service 15-15", "unclosed-paren 15-15 (add ')')"]],
    [
      "annotation",
      ['missing-annotation-key 0-10 (write annotation.key or annotation["dotted.key"])'],
    ],
    ["annotation[k]", ['missing-annotation-key 11-12 (write annotation["k"])']],
    ['annotation["x" = 1', ["unexpected-token 15-16"]],
    ['annotation.age > "x"', ["operator-not-allowed 15-16 (compare with a number for < <= > >=)"]],
    ['group.name > "x"', ["operator-not-allowed 11-12"]],
    ["http.url CONTAINS 5", ['type-mismatch 18-19 (quote it: "5")']],
    [
      "responstime > 2 AND http.url > 5 AND (ok",
      [
        "unknown-keyword 0-11 (did you mean 'responsetime'?)",
        "operator-not-allowed 29-30 (use = != CONTAINS BEGINSWITH ENDSWITH)",
        "unclosed-paren 40-40 (add ')')",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(diagnosticsOf(text)).toEqual(expected);
  });

  it("marks lexical warnings as warnings and everything else as errors", () => {
    const [escape] = parseFilter('name = "a\\qb"').diagnostics;
    expect(escape.severity).toBe("warning");
    expect(parseFilter("responstime > 2").diagnostics[0].severity).toBe("error");
  });

  it("stops at the nesting limit with one diagnostic instead of overflowing the stack", () => {
    const depth = MAX_FILTER_DEPTH + 50;
    const text = "(".repeat(depth) + "ok" + ")".repeat(depth);
    const { diagnostics } = parseFilter(text);
    expect(diagnostics.map((d) => d.code)).toEqual(["too-deep"]);
    expect(diagnostics[0].from).toBe(MAX_FILTER_DEPTH);
  });

  it("accepts nesting right up to the limit", () => {
    const depth = MAX_FILTER_DEPTH;
    const text = "!(".repeat(depth / 2) + "ok" + ")".repeat(depth / 2);
    expect(parseFilter(text).diagnostics).toEqual([]);
  });

  it("parses a chain of 5,000 terms without deep recursion", () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `annotation.k${i}`).join(" OR ");
    const { ast, diagnostics } = parseFilter(text);
    expect(diagnostics).toEqual([]);
    expect(ast?.kind === "or" && ast.operands.length).toBe(5_000);
  });
});
