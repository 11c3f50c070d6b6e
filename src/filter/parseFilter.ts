import { checkFilter } from "./checkFilter";
import type { FilterDiagnostic } from "./FilterDiagnostic";
import type { FilterNode } from "./FilterNode";
import { parseFilterSyntax } from "./parseFilterSyntax";
import { scanFilter } from "./scanFilter";

export interface ParseFilterResult {
  /**
   * The tree, recovered as far as possible when there are errors (a missing `)` or `}` is closed
   * at the end, stray tokens are skipped); null for blank text or when nothing could be read.
   */
  readonly ast: FilterNode | null;
  /** Lexical, syntax and keyword/type problems, ordered by position. */
  readonly diagnostics: readonly FilterDiagnostic[];
}

/** Orders diagnostics by start, then end, keeping the pass order for ties. */
export function sortFilterDiagnostics(
  diagnostics: readonly FilterDiagnostic[],
): FilterDiagnostic[] {
  return diagnostics
    .map((d, i) => [d, i] as const)
    .sort(([a, i], [b, j]) => a.from - b.from || a.to - b.to || i - j)
    .map(([d]) => d);
}

/**
 * Parses and checks a filter expression. Never throws: every problem is a diagnostic with its
 * exact span, and parsing continues past it.
 * @example parseFilter('service("api") { fault } AND responsetime > 2').diagnostics // []
 */
export function parseFilter(text: string): ParseFilterResult {
  const scanned = scanFilter(text);
  const syntax = parseFilterSyntax(scanned.tokens);
  const checked = syntax.ast === null ? [] : checkFilter(syntax.ast);
  return {
    ast: syntax.ast,
    diagnostics: sortFilterDiagnostics([...scanned.diagnostics, ...syntax.diagnostics, ...checked]),
  };
}
