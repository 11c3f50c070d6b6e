import type { Trace, TraceNode, TraceSummary } from "../model/index";
import { checkFilter } from "./checkFilter";
import type { CompileEnv } from "./CompileEnv";
import { compileNodePredicate } from "./compileNodePredicate";
import { compileSummaryPredicate, TRUE } from "./compileSummaryPredicate";
import { compileTracePredicate } from "./compileTracePredicate";
import type { FilterDiagnostic } from "./FilterDiagnostic";
import type { FilterNode } from "./FilterNode";
import { parseFilter, sortFilterDiagnostics } from "./parseFilter";
import { resolveFilterGroups } from "./resolveFilterGroups";

export interface CompileFilterOptions {
  /** Groups for `group.name` / `group.arn`: group name (or ARN) → filter expression. */
  readonly groups?: ReadonlyMap<string, string>;
}

/** A compiled filter expression: three predicates and the diagnostics. */
export interface CompiledFilter {
  /** Does the assembled trace match? Uses the summary, and the tree for service/edge/inferred. */
  matchesTrace(trace: Trace): boolean;
  /**
   * Does a trace with this summary certainly match? Exact for expressions that need only the
   * summary; terms that need the tree (service/edge bodies, edges, `inferred`) are unknown, and
   * an unknown overall answer is `false` (see `needsTree`).
   */
  matchesSummary(summary: TraceSummary): boolean;
  /** Does this node match (for dimming or hiding timeline rows)? See the README for each term. */
  matchesNode(node: TraceNode, trace: Trace): boolean;
  readonly diagnostics: readonly FilterDiagnostic[];
  /** No error diagnostics; when false, every predicate returns false. */
  readonly ok: boolean;
  /** The tree (null for blank text, which matches everything). */
  readonly ast: FilterNode | null;
  /** True when `matchesSummary` cannot decide some term without the tree. */
  readonly needsTree: boolean;
}

const none = (): boolean => false;
const all = (): boolean => true;

/**
 * Compiles a filter expression (text or a tree) to predicates over traces, summaries and nodes:
 * closures built once, no eval. Never throws; errors make `ok` false and every predicate false.
 * Blank text matches everything.
 * @example compileFilter('service("api") { fault }').matchesTrace(trace)
 */
export function compileFilter(
  input: string | FilterNode,
  options: CompileFilterOptions = {},
): CompiledFilter {
  const parsed =
    typeof input === "string"
      ? parseFilter(input)
      : { ast: input, diagnostics: checkFilter(input) };
  const ast = parsed.ast;
  const groups =
    ast === null ? { asts: new Map(), diagnostics: [] } : resolveFilterGroups(ast, options.groups);
  const diagnostics = sortFilterDiagnostics([...parsed.diagnostics, ...groups.diagnostics]);
  const ok = !diagnostics.some((d) => d.severity === "error");
  const base = { diagnostics, ok, ast };
  if (!ok) {
    return {
      ...base,
      needsTree: false,
      matchesTrace: none,
      matchesSummary: none,
      matchesNode: none,
    };
  }
  if (ast === null) {
    return { ...base, needsTree: false, matchesTrace: all, matchesSummary: all, matchesNode: all };
  }
  const env: CompileEnv = { groupAst: (node) => groups.asts.get(node) ?? null };
  const trace = compileTracePredicate(ast, env);
  const summary = compileSummaryPredicate(ast, env);
  const node = compileNodePredicate(ast, env);
  const summaryPredicate = summary.predicate;
  return {
    ...base,
    needsTree: summary.needsTree,
    matchesTrace: trace,
    matchesSummary: (s) => summaryPredicate(s) === TRUE,
    matchesNode: node,
  };
}
