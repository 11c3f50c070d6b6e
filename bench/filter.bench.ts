/**
 * Filter expressions (issue 4 §7): parsing a 1,000-character expression (baseline: JSON.parse of
 * a 1,000-character JSON text), and the compiled `service("x") { responsetime > 1 } AND
 * annotation.k = "v"` over 1M traces built directly (a summary each, service nodes drawn from a
 * pool), side by side with a plain tree-walking interpreter of the same tree (below).
 */
import { loadavg } from "node:os";
import { compileFilter, findFilterKeyword, parseFilter } from "../src/filter/index";
import type { FilterNode, FilterOperator, FilterValue, ServiceRef } from "../src/filter/index";
import type { Trace, TraceNode, TraceSummary } from "../src/model/index";
import { collect, fmtMs, fmtRate, report, time } from "./harness";

const N = 1_000_000;
const EXPRESSION = 'service("x") { responsetime > 1 } AND annotation.k = "v"';

/** A seeded generator (mulberry32), so every run filters the same traces. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function serviceNode(name: string, start: number, seconds: number): TraceNode {
  const node = {
    id: name,
    kind: "segment",
    name,
    entity: { id: name, name, start_time: start, end_time: start + seconds },
    parent: null,
    children: [],
    depth: 0,
    startTime: start,
    endTime: start + seconds,
    inProgress: false,
    error: false,
    throttle: false,
    fault: false,
    status: "ok",
    origin: null,
    namespace: undefined,
    orphan: false,
    documentIndex: 0,
  } as unknown as { segment: TraceNode } & TraceNode;
  node.segment = node;
  return node;
}

const EMPTY: readonly never[] = [];

/** 1M traces: distinct summaries (30 % carry annotation k), service nodes from a pool of 1,000. */
function buildTraces(): Trace[] {
  const next = random(7);
  const names = ["x", "api", "db", "cache", "queue"];
  const pool: TraceNode[][] = [];
  for (let i = 0; i < 1_000; i++) {
    const count = 1 + Math.floor(next() * 4);
    pool.push(
      Array.from({ length: count }, () =>
        serviceNode(names[Math.floor(next() * names.length)], 1.7e9, next() * 3),
      ),
    );
  }
  const traces: Trace[] = [];
  for (let i = 0; i < N; i++) {
    const annotations = Object.create(null) as Record<string, unknown>;
    const r = next();
    if (r < 0.3)
      annotations.k = [
        { AnnotationValue: { StringValue: r < 0.2 ? "v" : "w" }, ServiceIds: EMPTY },
      ];
    if (r > 0.8) annotations.other = [{ AnnotationValue: { NumberValue: 1 }, ServiceIds: EMPTY }];
    const segments = pool[i % pool.length];
    const summary = {
      Id: `1-6553f100-${i.toString(16).padStart(24, "0")}`,
      StartTime: 1.7e9 + i,
      Duration: 2,
      ResponseTime: 1.5,
      HasFault: false,
      HasError: r > 0.95,
      HasThrottle: false,
      IsPartial: false,
      Http: { HttpStatus: 200, HttpMethod: "GET" },
      Annotations: annotations,
      Users: EMPTY,
      ServiceIds: EMPTY,
      ResourceARNs: EMPTY,
      InstanceIds: EMPTY,
      AvailabilityZones: EMPTY,
      FaultRootCauses: EMPTY,
      ErrorRootCauses: EMPTY,
      ResponseTimeRootCauses: EMPTY,
      Revision: 1,
    } as unknown as TraceSummary;
    traces.push({
      id: summary.Id,
      root: segments[0],
      roots: segments,
      nodes: new Map(),
      segments,
      startTime: 0,
      endTime: 0,
      summary,
      diagnostics: EMPTY,
    });
  }
  return traces;
}

// ---- the plain tree-walking interpreter (the baseline): walks the tree on every evaluation ----

function compare(
  actual: unknown,
  op: FilterOperator | undefined,
  value: FilterValue | null,
): boolean {
  if (op === undefined || value === null) return actual !== undefined && actual !== false;
  if (actual === undefined) return false;
  const v = value.value;
  switch (op) {
    case "=":
      return actual === v;
    case "!=":
      return actual !== v;
    case "<":
      return (actual as number) < (v as number);
    case "<=":
      return (actual as number) <= (v as number);
    case ">":
      return (actual as number) > (v as number);
    case ">=":
      return (actual as number) >= (v as number);
    case "CONTAINS":
      return String(actual).includes(String(v));
    case "BEGINSWITH":
      return String(actual).startsWith(String(v));
    case "ENDSWITH":
      return String(actual).endsWith(String(v));
  }
}

function refMatches(ref: ServiceRef | null, node: TraceNode): boolean {
  if (ref === null) return true;
  if (ref.kind === "name") return node.name === ref.name;
  return (
    (ref.name === null || node.name === ref.name.value) &&
    (ref.type === null || node.origin === ref.type.value)
  );
}

function interpretNode(ast: FilterNode, node: TraceNode, trace: Trace): boolean {
  switch (ast.kind) {
    case "and":
      return ast.operands.every((o) => interpretNode(o, node, trace));
    case "or":
      return ast.operands.some((o) => interpretNode(o, node, trace));
    case "not":
      return !interpretNode(ast.operand, node, trace);
    case "keyword":
      return compare(
        findFilterKeyword(ast.keyword.text)?.node?.(node, trace),
        ast.operator?.op,
        ast.value,
      );
    default:
      return false;
  }
}

function interpretTrace(ast: FilterNode, trace: Trace): boolean {
  switch (ast.kind) {
    case "and":
      return ast.operands.every((o) => interpretTrace(o, trace));
    case "or":
      return ast.operands.some((o) => interpretTrace(o, trace));
    case "not":
      return !interpretTrace(ast.operand, trace);
    case "keyword":
      return compare(
        findFilterKeyword(ast.keyword.text)?.summary?.(trace.summary),
        ast.operator?.op,
        ast.value,
      );
    case "annotation": {
      const all = trace.summary.Annotations;
      if (!Object.hasOwn(all, ast.key.text)) return false;
      return all[ast.key.text].some((e) => {
        const a = e.AnnotationValue;
        return compare(
          a.StringValue ?? a.NumberValue ?? a.BooleanValue,
          ast.operator?.op,
          ast.value,
        );
      });
    }
    case "service":
      return trace.segments.some(
        (n) => refMatches(ast.ref, n) && (ast.body === null || interpretNode(ast.body, n, trace)),
      );
    default:
      return false;
  }
}

function expressionOf(length: number): string {
  const terms = [
    'service("api.example.com") { fault = true OR responsetime >= 5 }',
    'annotation.gameid = "817DL6VO"',
    'http.url CONTAINS "/api/game/"',
    '!(user = "alice" OR http.status != 200)',
    'rootcause.fault.entity { last and name = "deserialize" }',
    'edge("api.example.com", "backend.example.com") { error }',
  ];
  let text = "";
  for (let i = 0; text.length < length; i++)
    text += (i > 0 ? " AND " : "") + terms[i % terms.length];
  return text;
}

export function run(): void {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

  // parsing
  const text = expressionOf(1_000);
  if (parseFilter(text).diagnostics.length > 0)
    throw new Error("benchmark expression has diagnostics");
  const json = JSON.stringify({
    terms: Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, op: ">=", value: i * 1.5 })),
  }).slice(0, 1_000);
  const jsonText = json.slice(0, json.lastIndexOf("},") + 1) + "]}";
  const PARSES = 2_000;
  const parse = time(() => {
    for (let i = 0; i < PARSES; i++) parseFilter(text);
  });
  const jsonParse = time(() => {
    for (let i = 0; i < PARSES; i++) JSON.parse(jsonText);
  });
  report(`filter: parse a ${text.length}-character expression (load ${load})`, [
    [
      "parseFilter (scan, parse, check)",
      `${((parse.medianMs / PARSES) * 1000).toFixed(1)} µs per parse (goal < 1,000 µs)`,
    ],
    [
      `JSON.parse of ${jsonText.length} characters`,
      `${((jsonParse.medianMs / PARSES) * 1000).toFixed(1)} µs per parse`,
    ],
    ["ratio", `${(parse.medianMs / jsonParse.medianMs).toFixed(1)}× JSON.parse`],
  ]);

  // evaluation
  collect();
  const traces = buildTraces();
  collect();
  const filter = compileFilter(EXPRESSION);
  const ast = filter.ast!;
  let compiledCount = 0;
  let interpretedCount = 0;
  const compiled = time(() => {
    compiledCount = 0;
    for (let i = 0; i < traces.length; i++) if (filter.matchesTrace(traces[i])) compiledCount++;
  });
  const interpreted = time(() => {
    interpretedCount = 0;
    for (let i = 0; i < traces.length; i++) if (interpretTrace(ast, traces[i])) interpretedCount++;
  });
  let handCount = 0;
  const handWritten = time(() => {
    handCount = 0;
    for (let i = 0; i < traces.length; i++) {
      const t = traces[i];
      let hit = false;
      for (const n of t.segments) {
        if (n.name === "x" && (n.endTime as number) - n.startTime > 1) {
          hit = true;
          break;
        }
      }
      if (!hit) continue;
      const all = t.summary.Annotations;
      if (Object.hasOwn(all, "k") && all.k.some((e) => e.AnnotationValue.StringValue === "v")) {
        handCount++;
      }
    }
  });
  if (compiledCount !== interpretedCount || compiledCount !== handCount) {
    throw new Error(`counts differ: ${compiledCount} vs ${interpretedCount} vs ${handCount}`);
  }
  const LARGER =
    '(http.status >= 500 OR http.method = "POST" OR !error) AND !partial AND service("x") { responsetime > 1 OR fault } AND annotation.k = "v"';
  const larger = compileFilter(LARGER);
  const largerAst = larger.ast!;
  let largerCompiledCount = 0;
  let largerInterpretedCount = 0;
  const largerCompiled = time(() => {
    largerCompiledCount = 0;
    for (let i = 0; i < traces.length; i++)
      if (larger.matchesTrace(traces[i])) largerCompiledCount++;
  });
  const largerInterpreted = time(() => {
    largerInterpretedCount = 0;
    for (let i = 0; i < traces.length; i++) {
      if (interpretTrace(largerAst, traces[i])) largerInterpretedCount++;
    }
  });
  if (largerCompiledCount !== largerInterpretedCount) throw new Error("larger: counts differ");
  const summaryFilter = compileFilter('responsetime > 1 AND annotation.k = "v"');
  let summaryCount = 0;
  const summaries = time(() => {
    summaryCount = 0;
    for (let i = 0; i < traces.length; i++)
      if (summaryFilter.matchesSummary(traces[i].summary)) summaryCount++;
  });
  report(`filter: ${EXPRESSION} over 1M traces (load ${load})`, [
    [
      "compiled matchesTrace",
      `${fmtMs(compiled.medianMs)}  ${fmtRate(N, compiled.medianMs, "traces")} (goal ≥ 2 M/s), ${compiledCount} match`,
    ],
    [
      "tree-walking interpreter",
      `${fmtMs(interpreted.medianMs)}  ${fmtRate(N, interpreted.medianMs, "traces")}`,
    ],
    [
      "ratio",
      `compiled is ${(interpreted.medianMs / compiled.medianMs).toFixed(1)}× the interpreter`,
    ],
    [
      "floor: the same test hand-written",
      `${fmtMs(handWritten.medianMs)}  ${fmtRate(N, handWritten.medianMs, "traces")}`,
    ],
    [
      "larger expression, compiled",
      `${fmtMs(largerCompiled.medianMs)}  ${fmtRate(N, largerCompiled.medianMs, "traces")}, ${largerCompiledCount} match`,
    ],
    [
      "larger expression, interpreter",
      `${fmtMs(largerInterpreted.medianMs)}  ${fmtRate(N, largerInterpreted.medianMs, "traces")} (${(largerInterpreted.medianMs / largerCompiled.medianMs).toFixed(1)}× slower)`,
    ],
    [
      'matchesSummary: responsetime > 1 AND annotation.k = "v"',
      `${fmtMs(summaries.medianMs)}  ${fmtRate(N, summaries.medianMs, "summaries")}, ${summaryCount} match`,
    ],
  ]);
}
