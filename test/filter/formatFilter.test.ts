import { describe, expect, it } from "vitest";
import type { FilterNode } from "../../src/filter/FilterNode";
import {
  formatAnnotationName,
  formatFilter,
  quoteFilterString,
} from "../../src/filter/formatFilter";
import { parseFilter } from "../../src/filter/parseFilter";

const span = { from: 0, to: 0 };
const kw = (text: string): FilterNode => ({
  kind: "keyword",
  keyword: { text, ...span },
  operator: null,
  value: null,
  ...span,
});
const and = (...operands: FilterNode[]): FilterNode => ({ kind: "and", operands, ...span });
const or = (...operands: FilterNode[]): FilterNode => ({ kind: "or", operands, ...span });
const not = (operand: FilterNode): FilterNode => ({ kind: "not", operand, ...span });

describe("formatFilter (golden)", () => {
  it.each<[string, FilterNode, string]>([
    [
      "AND inside OR needs no parentheses",
      or(and(kw("ok"), kw("fault")), kw("error")),
      "ok AND fault OR error",
    ],
    [
      "OR inside AND is parenthesised",
      and(or(kw("ok"), kw("fault")), kw("error")),
      "(ok OR fault) AND error",
    ],
    [
      "nested AND keeps its grouping",
      and(and(kw("ok"), kw("fault")), kw("error")),
      "(ok AND fault) AND error",
    ],
    [
      "nested OR keeps its grouping",
      or(kw("ok"), or(kw("fault"), kw("error"))),
      "ok OR (fault OR error)",
    ],
    ["! before a group", not(and(kw("ok"), kw("fault"))), "!(ok AND fault)"],
    ["! before a bare keyword", not(not(kw("ok"))), "!!ok"],
    [
      "! before a comparison",
      not({
        kind: "keyword",
        keyword: { text: "http.status", ...span },
        operator: { op: "=", ...span },
        value: { type: "number", value: 500, ...span },
        ...span,
      }),
      "!(http.status = 500)",
    ],
    [
      "negative zero and exponents",
      or(
        {
          kind: "annotation",
          key: { text: "t", ...span },
          operator: { op: ">", ...span },
          value: { type: "number", value: -0, ...span },
          ...span,
        },
        {
          kind: "keyword",
          keyword: { text: "duration", ...span },
          operator: { op: "<", ...span },
          value: { type: "number", value: 1e21, ...span },
          ...span,
        },
      ),
      "annotation.t > -0 OR duration < 1e+21",
    ],
    [
      "an id() with every argument in canonical order",
      {
        kind: "service",
        ref: {
          kind: "id",
          name: null,
          type: { value: "T", ...span },
          accountId: { value: "1", ...span },
          ...span,
        },
        body: null,
        ...span,
      },
      'service(id(type: "T", account.id: "1"))',
    ],
    [
      "rootcause.json as compact JSON",
      {
        kind: "rootcause-json",
        operator: { op: "=", ...span },
        patterns: [{ Services: [{ Name: "a" }] }],
        ...span,
      },
      'rootcause.json = #[{"Services":[{"Name":"a"}]}]',
    ],
    [
      "group.arn quoted",
      {
        kind: "group",
        attribute: "arn",
        operator: { op: "!=", ...span },
        value: { value: "arn:x", ...span },
        ...span,
      },
      'group.arn != "arn:x"',
    ],
  ])("%s", (_name, tree, expected) => {
    expect(formatFilter(tree)).toBe(expected);
  });

  it.each([
    [
      'SERVICE("a")   {fault or ERROR}  and   !partial',
      'service("a") { fault OR error } AND !partial',
    ],
    [
      "rootcause.fault.entity { last and name = deserialize }",
      'rootcause.fault.entity { last AND name = "deserialize" }',
    ],
    ["edge(a, b)", 'edge("a", "b")'],
    ["annotation.x CONTAINS 'y'", 'annotation.x CONTAINS "y"'],
  ])("canonicalises %s", (text, expected) => {
    expect(formatFilter(parseFilter(text).ast!)).toBe(expected);
  });

  it("quotes strings escaping only quote and backslash", () => {
    expect(quoteFilterString('a"b\\c\nd')).toBe('"a\\"b\\\\c\nd"');
  });

  it("writes plain annotation keys with a dot and the others in brackets", () => {
    expect(formatAnnotationName("game_id2")).toBe("annotation.game_id2");
    expect(formatAnnotationName("http.route")).toBe('annotation["http.route"]');
    expect(formatAnnotationName("my-key")).toBe('annotation["my-key"]');
    expect(formatAnnotationName("")).toBe('annotation[""]');
  });

  it("prints a 100,000-deep tree without recursion", () => {
    let tree = kw("ok");
    for (let i = 0; i < 100_000; i++) tree = not(tree);
    const text = formatFilter(tree);
    expect(text).toHaveLength(100_002);
    expect(text.endsWith("!ok")).toBe(true);
  });
});
