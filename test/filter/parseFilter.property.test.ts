import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKeywordAllowed, type FilterScope } from "../../src/filter/checkFilter";
import { compileFilter } from "../../src/filter/compileFilter";
import { completeFilter } from "../../src/filter/completeFilter";
import type { FilterNode, FilterValue, ServiceRef } from "../../src/filter/FilterNode";
import {
  filterKeywords,
  filterOperators,
  type FilterKeywordType,
} from "../../src/filter/filterKeywords";
import { formatFilter } from "../../src/filter/formatFilter";
import { parseFilter } from "../../src/filter/parseFilter";
import type { Trace } from "../../src/model/index";
import { assemble, call, http, sub } from "./traceBuilder";

const span = { from: 0, to: 0 };

/** The tree without source spans (printing and re-parsing moves every offset). */
function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k !== "from" && k !== "to") out[k] = k === "patterns" ? v : stripSpans(v);
  }
  return out;
}

const text = fc.string({ unit: "binary", maxLength: 12 });
const valueOf = (type: FilterKeywordType): fc.Arbitrary<FilterValue> =>
  type === "string"
    ? text.map((value) => ({ type, value, ...span }))
    : type === "number"
      ? fc
          .double({ noNaN: true, noDefaultInfinity: true })
          .map((value) => ({ type, value, ...span }))
      : fc.boolean().map((value) => ({ type, value, ...span }));

const comparison = (type: FilterKeywordType) =>
  fc.option(fc.record({ op: fc.constantFrom(...filterOperators[type]), value: valueOf(type) }), {
    nil: null,
  });

function keywordLeaf(scope: FilterScope): fc.Arbitrary<FilterNode> {
  const specs = filterKeywords.filter((k) => isKeywordAllowed(k, scope));
  return fc.constantFrom(...specs).chain((spec) =>
    comparison(spec.type).map((c) => ({
      kind: "keyword" as const,
      keyword: { text: spec.name, ...span },
      operator: c === null ? null : { op: c.op, ...span },
      value: c === null ? null : c.value,
      ...span,
    })),
  );
}

const annotationLeaf: fc.Arbitrary<FilterNode> = fc
  .tuple(text, fc.constantFrom<FilterKeywordType>("string", "number", "boolean"))
  .chain(([key, type]) =>
    comparison(type).map((c) => ({
      kind: "annotation" as const,
      key: { text: key, ...span },
      operator: c === null ? null : { op: c.op, ...span },
      value: c === null ? null : c.value,
      ...span,
    })),
  );

const textNode = text.map((value) => ({ value, ...span }));
const ref: fc.Arbitrary<ServiceRef> = fc.oneof(
  text.map((name) => ({ kind: "name" as const, name, ...span })),
  fc
    .record({
      name: fc.option(textNode, { nil: null }),
      type: fc.option(textNode, { nil: null }),
      accountId: fc.option(textNode, { nil: null }),
    })
    .filter((r) => r.name !== null || r.type !== null || r.accountId !== null)
    .map((r) => ({ kind: "id" as const, ...r, ...span })),
);

/** Boolean combinations of `leaf`. */
function combine(leaf: fc.Arbitrary<FilterNode>): fc.Arbitrary<FilterNode> {
  return fc.letrec<{ node: FilterNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc
        .array(tie("node"), { minLength: 2, maxLength: 3 })
        .map((operands) => ({ kind: "and" as const, operands, ...span })),
      fc
        .array(tie("node"), { minLength: 2, maxLength: 3 })
        .map((operands) => ({ kind: "or" as const, operands, ...span })),
      tie("node").map((operand) => ({ kind: "not" as const, operand, ...span })),
    ),
  })).node;
}

const nodeBody = (owner: "service" | "edge") =>
  fc.option(combine(keywordLeaf({ kind: "node", owner })), { nil: null });
const json = fc
  .array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 })
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown[]);
const equality = fc.constantFrom<"=" | "!=">("=", "!=").map((op) => ({ op, ...span }));

const traceLeaf: fc.Arbitrary<FilterNode> = fc.oneof(
  keywordLeaf({ kind: "trace" }),
  annotationLeaf,
  fc
    .record({ ref: fc.option(ref, { nil: null }), body: nodeBody("service") })
    .map((r) => ({ kind: "service" as const, ...r, ...span })),
  fc
    .record({ source: ref, target: ref, body: nodeBody("edge") })
    .map((r) => ({ kind: "edge" as const, ...r, ...span })),
  ref
    .filter((r) => r.kind === "id")
    .map((r) => ({ kind: "id" as const, ref: r as Extract<ServiceRef, { kind: "id" }>, ...span })),
  fc
    .tuple(
      fc.constantFrom("fault" as const, "error" as const, "responsetime" as const),
      fc.constantFrom("service" as const, "entity" as const, "exception" as const),
    )
    .chain(([cause, target]) =>
      combine(keywordLeaf({ kind: "rootcause", cause, target })).map((body) => ({
        kind: "rootcause" as const,
        cause,
        target,
        body,
        ...span,
      })),
    ),
  fc
    .record({ operator: equality, patterns: json })
    .map((r) => ({ kind: "rootcause-json" as const, ...r, ...span })),
  fc
    .record({
      attribute: fc.constantFrom("name" as const, "arn" as const),
      operator: equality,
      value: textNode,
    })
    .map((r) => ({ kind: "group" as const, ...r, ...span })),
);

const ast = combine(traceLeaf);

const trace: Trace = assemble(
  ...call(
    {
      name: "web",
      extra: { user: "u", annotations: { k: "v" }, ...http(500, "http://x/") },
      subExtra: { fault: true },
    },
    { name: "db", extra: { subsegments: [sub("q", 0.3, 0.4)] } },
  ),
);

const fragments = fc.constantFrom(
  "service",
  "edge",
  "id",
  "(",
  ")",
  "{",
  "}",
  "[",
  "]",
  '"',
  "'",
  "\\",
  ",",
  ":",
  "!",
  "=",
  "!=",
  "<",
  ">=",
  " AND ",
  " OR ",
  "and",
  "CONTAINS",
  "ok",
  "fault",
  "responsetime",
  "http.status",
  "user",
  "name",
  "root",
  "annotation.",
  "annotation",
  "rootcause.fault.entity",
  "rootcause.json",
  "#[",
  "#",
  "group.name",
  "5",
  "-3.5e+2",
  "true",
  "x",
  " ",
  "\n",
  "&&",
  "||",
  "==",
  "index",
  "coverage",
  "😀",
  "\u0000",
);
const filterish = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.array(fragments, { maxLength: 25 }).map((p) => p.join("")),
);

describe("filter properties", () => {
  it("never throws on any text: parse, compile, evaluate, complete", () => {
    fc.assert(
      fc.property(filterish, fc.nat(), (input, cursor) => {
        const { diagnostics } = parseFilter(input);
        for (const d of diagnostics) {
          expect(d.from).toBeGreaterThanOrEqual(0);
          expect(d.to).toBeGreaterThanOrEqual(d.from);
          expect(d.to).toBeLessThanOrEqual(input.length);
        }
        const filter = compileFilter(input, { groups: new Map([["g", "ok"]]) });
        filter.matchesTrace(trace);
        filter.matchesSummary(trace.summary);
        for (const node of trace.nodes.values()) filter.matchesNode(node, trace);
        const completion = completeFilter(input, cursor % (input.length + 2), { traces: [trace] });
        expect(completion.from).toBeLessThanOrEqual(completion.to);
      }),
      { numRuns: 800 },
    );
  });

  it("prints any valid tree to text that parses back to the same tree, with no diagnostics", () => {
    fc.assert(
      fc.property(ast, (tree) => {
        const printed = formatFilter(tree);
        const reparsed = parseFilter(printed);
        expect(reparsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(stripSpans(reparsed.ast)).toEqual(stripSpans(tree));
        expect(formatFilter(reparsed.ast!)).toBe(printed);
      }),
      { numRuns: 500 },
    );
  });

  it("evaluates a printed tree exactly like the tree itself", () => {
    fc.assert(
      fc.property(ast, (tree) => {
        const groups = new Map([["", "fault"]]);
        const direct = compileFilter(tree, { groups });
        const viaText = compileFilter(formatFilter(tree), { groups });
        expect(viaText.ok).toBe(direct.ok);
        expect(viaText.matchesTrace(trace)).toBe(direct.matchesTrace(trace));
        expect(viaText.matchesSummary(trace.summary)).toBe(direct.matchesSummary(trace.summary));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees between matchesSummary and matchesTrace whenever the summary decides", () => {
    fc.assert(
      fc.property(ast, (tree) => {
        const filter = compileFilter(tree, { groups: new Map([["", "ok"]]) });
        if (filter.matchesSummary(trace.summary)) expect(filter.matchesTrace(trace)).toBe(true);
        if (!filter.needsTree)
          expect(filter.matchesSummary(trace.summary)).toBe(filter.matchesTrace(trace));
      }),
      { numRuns: 500 },
    );
  });
});
