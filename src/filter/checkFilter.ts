import { MAX_FILTER_DEPTH } from "./FilterCursor";
import { createFilterDiagnostic, type FilterDiagnostic } from "./FilterDiagnostic";
import type {
  AnnotationNode,
  FilterNode,
  FilterOperatorSpan,
  FilterValue,
  KeywordNode,
  RootCauseKind,
  RootCauseTarget,
} from "./FilterNode";
import {
  filterKeywords,
  filterOperators,
  findFilterKeyword,
  type FilterKeywordSpec,
  type FilterKeywordType,
} from "./filterKeywords";
import { measureFilterDepth } from "./measureFilterDepth";
import { suggestClosest } from "./suggestClosest";

/** Deepest tree the checker accepts: every tree the parser builds (depth ≤ MAX_FILTER_DEPTH) fits. */
export const MAX_FILTER_TREE_DEPTH = 4 * MAX_FILTER_DEPTH;

/** Where a term is evaluated: trace level, in a service/edge body, or in a root-cause body. */
export type FilterScope =
  | { readonly kind: "trace" }
  | { readonly kind: "node"; readonly owner: "service" | "edge" }
  | { readonly kind: "rootcause"; readonly cause: RootCauseKind; readonly target: RootCauseTarget };

/** True when `spec` can be read in `scope` (its table entry has a reader for it). */
export function isKeywordAllowed(spec: FilterKeywordSpec, scope: FilterScope): boolean {
  if (scope.kind === "trace") return spec.summary !== undefined || spec.tree !== undefined;
  if (scope.kind === "node") return spec.node !== undefined;
  return (
    spec.rootCause?.[scope.target] !== undefined &&
    (spec.causes === undefined || spec.causes.includes(scope.cause))
  );
}

const scopeLabel = (scope: FilterScope): string =>
  scope.kind === "trace"
    ? "at trace level"
    : scope.kind === "node"
      ? `inside ${scope.owner}() { }`
      : `inside rootcause.${scope.cause}.${scope.target} { }`;

function places(spec: FilterKeywordSpec): string {
  const out: string[] = [];
  if (spec.summary !== undefined || spec.tree !== undefined) out.push("at trace level");
  if (spec.node !== undefined) out.push("inside service() / edge() braces");
  const targets = Object.keys(spec.rootCause ?? {});
  if (targets.length > 0) {
    const kinds = spec.causes?.join("|") ?? "fault|error|responsetime";
    out.push(`inside rootcause.${kinds}.${targets.join("|")} braces`);
  }
  return out.join(", ");
}

/**
 * The semantic pass: unknown keywords (with "did you mean"), keywords used where they have no
 * meaning, operators and values of the wrong type, nesting X-Ray forbids. Groups are resolved
 * by `compileFilter`.
 * @example checkFilter(parseFilter("responstime > 2").ast!)[0].hint // "did you mean 'responsetime'?"
 */
export function checkFilter(ast: FilterNode): FilterDiagnostic[] {
  const out: FilterDiagnostic[] = [];
  if (measureFilterDepth(ast) > MAX_FILTER_TREE_DEPTH) {
    out.push(
      createFilterDiagnostic(
        "too-deep",
        `expression tree deeper than ${MAX_FILTER_TREE_DEPTH} levels`,
        ast.from,
        ast.to,
      ),
    );
    return out;
  }
  visit(ast, { kind: "trace" }, out);
  return out;
}

function visit(node: FilterNode, scope: FilterScope, out: FilterDiagnostic[]): void {
  switch (node.kind) {
    case "and":
    case "or":
      for (const operand of node.operands) visit(operand, scope, out);
      return;
    case "not":
      visit(node.operand, scope, out);
      return;
    case "keyword":
      checkKeyword(node, scope, out);
      return;
    case "annotation":
      if (scope.kind !== "trace") {
        out.push(
          createFilterDiagnostic(
            "annotation-in-body",
            `annotation.${node.key.text} cannot be used ${scopeLabel(scope)}`,
            node.from,
            node.to,
            "test annotations outside the braces, joined with AND",
          ),
        );
      }
      checkAnnotation(node, out);
      return;
    default:
      break;
  }
  if (scope.kind !== "trace") {
    const what = node.kind === "rootcause-json" ? "rootcause.json" : `${node.kind}`;
    out.push(
      createFilterDiagnostic(
        "nested-complex-keyword",
        `${what} cannot be used ${scopeLabel(scope)}`,
        node.from,
        node.to,
        "combine it outside the braces with AND / OR",
      ),
    );
    return;
  }
  if (node.kind === "service" && node.body !== null) {
    visit(node.body, { kind: "node", owner: "service" }, out);
  } else if (node.kind === "edge" && node.body !== null) {
    visit(node.body, { kind: "node", owner: "edge" }, out);
  } else if (node.kind === "rootcause") {
    visit(node.body, { kind: "rootcause", cause: node.cause, target: node.target }, out);
  }
}

function checkKeyword(node: KeywordNode, scope: FilterScope, out: FilterDiagnostic[]): void {
  const name = node.keyword.text;
  const spec = findFilterKeyword(name);
  if (spec === undefined) {
    const inScope = filterKeywords.filter((k) => isKeywordAllowed(k, scope)).map((k) => k.name);
    const suggestion =
      suggestClosest(name, inScope) ??
      suggestClosest(
        name,
        filterKeywords.map((k) => k.name),
      );
    const hint =
      name === "not"
        ? "negate with '!'"
        : suggestion !== undefined
          ? `did you mean '${suggestion}'?`
          : undefined;
    out.push(
      createFilterDiagnostic(
        "unknown-keyword",
        `unknown keyword '${name}'`,
        node.keyword.from,
        node.keyword.to,
        hint,
      ),
    );
    return;
  }
  if (!isKeywordAllowed(spec, scope)) {
    out.push(
      createFilterDiagnostic(
        "keyword-not-allowed",
        `'${spec.name}' cannot be used ${scopeLabel(scope)}`,
        node.keyword.from,
        node.keyword.to,
        `'${spec.name}' works ${places(spec)}`,
      ),
    );
    return;
  }
  if (node.operator !== null && node.value !== null) {
    checkComparison(spec.name, spec.type, node.operator, node.value, out);
  }
}

function checkComparison(
  subject: string,
  type: FilterKeywordType,
  operator: FilterOperatorSpan,
  value: FilterValue,
  out: FilterDiagnostic[],
): void {
  const allowed = filterOperators[type];
  if (!allowed.includes(operator.op)) {
    out.push(
      createFilterDiagnostic(
        "operator-not-allowed",
        `${subject} is a ${type}: ${operator.op} does not apply`,
        operator.from,
        operator.to,
        `use ${allowed.join(" ")}`,
      ),
    );
    return;
  }
  if (value.type !== type) {
    const hint =
      type === "string"
        ? `quote it: "${String(value.value)}"`
        : type === "boolean"
          ? "compare with true or false"
          : "compare with a number (seconds for times)";
    out.push(
      createFilterDiagnostic(
        "type-mismatch",
        `${subject} is a ${type}, not a ${value.type}`,
        value.from,
        value.to,
        hint,
      ),
    );
  }
}

function checkAnnotation(node: AnnotationNode, out: FilterDiagnostic[]): void {
  if (node.operator === null || node.value === null) return;
  const type = node.value.type;
  const allowed = filterOperators[type];
  if (!allowed.includes(node.operator.op)) {
    out.push(
      createFilterDiagnostic(
        "operator-not-allowed",
        `annotation.${node.key.text} compared with a ${type} takes ${allowed.join(" ")}, not ${node.operator.op}`,
        node.operator.from,
        node.operator.to,
        type === "string" ? "compare with a number for < <= > >=" : undefined,
      ),
    );
  }
}
