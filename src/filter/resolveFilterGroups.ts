import { createFilterDiagnostic, type FilterDiagnostic } from "./FilterDiagnostic";
import type { FilterNode, GroupNode } from "./FilterNode";
import { filterChildren } from "./measureFilterDepth";
import { parseFilter } from "./parseFilter";
import { resolveFilterGroup } from "./resolveFilterGroup";
import { suggestClosest } from "./suggestClosest";

export interface ResolvedFilterGroups {
  /** Every usable group term (of the tree and of the groups it reaches) → its group's tree. */
  readonly asts: ReadonlyMap<GroupNode, FilterNode>;
  /** Unknown groups, invalid group expressions and cycles, located at the referring term. */
  readonly diagnostics: readonly FilterDiagnostic[];
}

function groupTerms(ast: FilterNode): GroupNode[] {
  const out: GroupNode[] = [];
  const stack = [ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === "group") out.push(node);
    else stack.push(...filterChildren(node));
  }
  return out;
}

/**
 * Resolves the `group.name` / `group.arn` terms of a tree through the caller's groups, parsing
 * each group expression once and following groups that refer to groups (cycles are errors).
 */
export function resolveFilterGroups(
  ast: FilterNode,
  groups: ReadonlyMap<string, string> = new Map(),
): ResolvedFilterGroups {
  const asts = new Map<GroupNode, FilterNode>();
  const diagnostics: FilterDiagnostic[] = [];
  const loaded = new Map<string, FilterNode | null>();
  const loading = new Set<string>();

  // Each group expression is parsed once. Problems inside a group's expression are reported at
  // the term of the user's expression that led there (offsets into the group text would not
  // point into the user's text). Recursion is bounded by the number of groups.
  const report = (
    code: "unknown-group" | "group-cycle" | "invalid-group",
    message: string,
    at: GroupNode,
    hint?: string,
  ): void => {
    diagnostics.push(createFilterDiagnostic(code, message, at.value.from, at.value.to, hint));
  };

  const load = (key: string, expression: string, at: GroupNode): FilterNode | null => {
    const known = loaded.get(key);
    if (known !== undefined) return known;
    if (loading.has(key)) {
      report("group-cycle", `group '${key}' refers to itself through its own expression`, at);
      return null;
    }
    const parsed = parseFilter(expression);
    const firstError = parsed.diagnostics.find((d) => d.severity === "error");
    if (firstError !== undefined || parsed.ast === null) {
      const why = firstError === undefined ? " (blank)" : `: ${firstError.message}`;
      report("invalid-group", `group '${key}' has an unusable expression${why}`, at);
      loaded.set(key, null);
      return null;
    }
    loading.add(key);
    const ok = visit(parsed.ast, at);
    loading.delete(key);
    const result = ok ? parsed.ast : null;
    loaded.set(key, result);
    return result;
  };

  const visit = (tree: FilterNode, origin: GroupNode | null): boolean => {
    let ok = true;
    for (const term of groupTerms(tree)) {
      const at = origin ?? term;
      const name = term.value.value;
      const found = resolveFilterGroup(groups, term.attribute, name);
      if (found === undefined) {
        const suggestion = suggestClosest(name, groups.keys());
        const hint =
          suggestion !== undefined
            ? `did you mean '${suggestion}'?`
            : groups.size === 0
              ? "pass the groups to compileFilter"
              : undefined;
        const message =
          origin === null
            ? `unknown group '${name}'`
            : `group '${origin.value.value}' refers to unknown group '${name}'`;
        report("unknown-group", message, at, origin === null ? hint : undefined);
        ok = false;
        continue;
      }
      const groupAst = load(found.key, found.expression, at);
      if (groupAst === null) ok = false;
      else asts.set(term, groupAst);
    }
    return ok;
  };

  visit(ast, null);
  return { asts, diagnostics };
}
