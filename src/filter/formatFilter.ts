import type { FilterNode, FilterValue, ServiceRef } from "./FilterNode";

type Work = string | { readonly node: FilterNode; readonly parens: boolean };

const PLAIN_KEY = /^[A-Za-z0-9_]+$/;

/** A string literal in double quotes; `"` and `\` are escaped with a backslash. */
export function quoteFilterString(value: string): string {
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}

function formatNumber(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

function formatValue(value: FilterValue): string {
  if (value.type === "string") return quoteFilterString(value.value);
  if (value.type === "number") return formatNumber(value.value);
  return value.value ? "true" : "false";
}

/** `annotation.key`, or `annotation["key"]` when the key is not letters, digits and `_`. */
export function formatAnnotationName(key: string): string {
  return PLAIN_KEY.test(key) ? `annotation.${key}` : `annotation[${quoteFilterString(key)}]`;
}

function formatRef(ref: ServiceRef): string {
  if (ref.kind === "name") return quoteFilterString(ref.name);
  const args: string[] = [];
  if (ref.name !== null) args.push(`name: ${quoteFilterString(ref.name.value)}`);
  if (ref.type !== null) args.push(`type: ${quoteFilterString(ref.type.value)}`);
  if (ref.accountId !== null) args.push(`account.id: ${quoteFilterString(ref.accountId.value)}`);
  return `id(${args.join(", ")})`;
}

function comparison(node: { operator: { op: string } | null; value: FilterValue | null }): string {
  return node.operator === null || node.value === null
    ? ""
    : ` ${node.operator.op} ${formatValue(node.value)}`;
}

/** True when `!` before the node needs parentheses to read (and parse) as intended. */
function needsParensUnderNot(node: FilterNode): boolean {
  switch (node.kind) {
    case "and":
    case "or":
    case "group":
    case "rootcause-json":
      return true;
    case "keyword":
    case "annotation":
      return node.operator !== null;
    default:
      return false;
  }
}

function withBody(head: string, body: FilterNode | null): Work[] {
  return body === null ? [head] : [`${head} { `, { node: body, parens: false }, " }"];
}

function expand(node: FilterNode): Work[] {
  switch (node.kind) {
    case "and":
    case "or": {
      const parts: Work[] = [];
      node.operands.forEach((operand, i) => {
        if (i > 0) parts.push(node.kind === "and" ? " AND " : " OR ");
        const parens = operand.kind === "or" || (node.kind === "and" && operand.kind === "and");
        parts.push({ node: operand, parens });
      });
      return parts;
    }
    case "not":
      return ["!", { node: node.operand, parens: needsParensUnderNot(node.operand) }];
    case "keyword":
      return [node.keyword.text + comparison(node)];
    case "annotation":
      return [formatAnnotationName(node.key.text) + comparison(node)];
    case "service":
      return withBody(`service(${node.ref === null ? "" : formatRef(node.ref)})`, node.body);
    case "edge":
      return withBody(`edge(${formatRef(node.source)}, ${formatRef(node.target)})`, node.body);
    case "id":
      return [formatRef(node.ref)];
    case "rootcause":
      return withBody(`rootcause.${node.cause}.${node.target}`, node.body);
    case "rootcause-json":
      return [`rootcause.json ${node.operator.op} #${JSON.stringify(node.patterns)}`];
    case "group":
      return [`group.${node.attribute} ${node.operator.op} ${quoteFilterString(node.value.value)}`];
  }
}

/**
 * Prints a syntax tree as canonical text: lower-case keywords, upper-case AND / OR / CONTAINS,
 * every string quoted, explicit AND, parentheses only where the tree needs them. Parsing the
 * result gives the same tree. Iterative, so any depth prints.
 * @example formatFilter(parseFilter("ok !partial duration <3").ast!) // "ok AND !partial AND duration < 3"
 */
export function formatFilter(ast: FilterNode): string {
  const out: string[] = [];
  const stack: Work[] = [{ node: ast, parens: false }];
  while (stack.length > 0) {
    const work = stack.pop()!;
    if (typeof work === "string") {
      out.push(work);
      continue;
    }
    const parts = expand(work.node);
    if (work.parens) stack.push(")");
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
    if (work.parens) stack.push("(");
  }
  return out.join("");
}
