import { describeToken, type FilterCursor } from "./FilterCursor";
import type { FilterNode, FilterOperator, FilterOperatorSpan, FilterText } from "./FilterNode";
import type { FilterToken } from "./FilterToken";

/** Parses a sequence up to `closer`: the parser's entry for parentheses and braces. */
export type ParseContents = (c: FilterCursor, closer: "eof" | ")" | "}") => FilterNode | null;

const SYMBOL_OPERATORS = new Set(["=", "!=", "<", "<=", ">", ">="]);
const WORD_OPERATORS = new Set(["CONTAINS", "BEGINSWITH", "ENDSWITH"]);
/** An operator token, consumed; null (nothing consumed) when the current token is not one. */
export function parseOperator(c: FilterCursor): FilterOperatorSpan | null {
  const t = c.token;
  let op: FilterOperator | undefined;
  if (SYMBOL_OPERATORS.has(t.kind)) op = t.kind as FilterOperator;
  else if (t.kind === "word" && WORD_OPERATORS.has(t.value.toUpperCase())) {
    op = t.value.toUpperCase() as FilterOperator;
  }
  if (op === undefined) return null;
  c.advance();
  return { op, from: t.from, to: t.to };
}

/** `=` or `!=` (reported otherwise) after `subject`, as in `group.name = "g"`. */
export function parseEqualityOperator(
  c: FilterCursor,
  subject: FilterToken,
): FilterOperatorSpan | null {
  const operator = parseOperator(c);
  if (operator === null) {
    const at = c.token;
    c.report(
      "expected-operator",
      `expected '=' or '!=' after ${subject.value}, found ${describeToken(at)}`,
      at.from,
      at.to,
    );
    return null;
  }
  if (operator.op !== "=" && operator.op !== "!=") {
    const next = c.token.kind;
    if (
      next === "string" ||
      next === "number" ||
      next === "json" ||
      (next === "word" && c.canStartTerm())
    ) {
      c.advance();
    }
    c.report(
      "operator-not-allowed",
      `${subject.value} takes only '=' and '!=', not ${operator.op}`,
      operator.from,
      operator.to,
    );
    return null;
  }
  return operator;
}

/** A quoted string or an unquoted word; reported (nothing consumed) otherwise. */
export function parseText(c: FilterCursor, where: string): FilterText | null {
  const t = c.token;
  if (t.kind === "string" || (t.kind === "word" && c.canStartTerm())) {
    c.advance();
    return { value: t.value, from: t.from, to: t.to };
  }
  c.report("expected-value", `expected a string ${where}, found ${describeToken(t)}`, t.from, t.to);
  return null;
}

/** Expects `closer`; on a stray token, reports it and skips to the closer (kept when found). */
export function expectClose(c: FilterCursor, closer: ")" | "]", what: string): number {
  if (c.token.kind === closer) return c.advance().to;
  const t = c.token;
  if (t.kind === "eof") {
    c.report(
      "unclosed-paren",
      `missing '${closer}' to close ${what}`,
      t.from,
      t.from,
      `add '${closer}'`,
    );
    return c.previousEnd;
  }
  c.report(
    "unexpected-token",
    `unexpected ${describeToken(t)} in ${what}; expected '${closer}'`,
    t.from,
    t.to,
  );
  while (!["eof", "{", "}", closer].includes(c.token.kind)) c.advance();
  return c.token.kind === closer ? c.advance().to : c.previousEnd;
}

/** `{ body }`: the body (null if empty or broken) and the end offset. */
export function parseBody(
  c: FilterCursor,
  parseContents: ParseContents,
): { body: FilterNode | null; to: number } {
  const open = c.advance();
  if (!c.enter()) return { body: null, to: open.to };
  const start = c.pos;
  const body = parseContents(c, "}");
  const empty = c.pos === start;
  c.leave();
  let to = c.previousEnd;
  if (c.token.kind === "}") {
    to = c.advance().to;
  } else if (!c.aborted) {
    const at = c.token.from;
    c.report(
      "unclosed-brace",
      `missing '}' to close the '{' at offset ${open.from}`,
      at,
      at,
      "add '}'",
    );
  }
  if (body === null && empty && !c.aborted) {
    c.report(
      "expected-term",
      "empty braces: expected a filter expression inside { }",
      open.from,
      to,
    );
  }
  return { body, to };
}
