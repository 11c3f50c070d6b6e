/*
 * Grammar of X-Ray filter expressions (keywords and AND/OR/CONTAINS/... are case-insensitive):
 *
 *   filter     ::= [ or ] EOF
 *   or         ::= and { "OR" and }
 *   and        ::= unary { [ "AND" ] unary }        adjacent terms mean AND: `ok !partial`
 *   unary      ::= "!" unary | primary
 *   primary    ::= "(" or ")" | term
 *   term       ::= service | edge | id | rootcause | json | group | annotation | keyword
 *   service    ::= "service" "(" [ ref ] ")" [ body ]
 *   edge       ::= "edge" "(" ref "," ref ")" [ body ]
 *   id         ::= "id" "(" idarg { "," idarg } ")"
 *   idarg      ::= ( "name" | "type" | "account.id" ) ":" text
 *   ref        ::= text | id
 *   body       ::= "{" or "}"
 *   rootcause  ::= "rootcause." ( "fault" | "error" | "responsetime" ) "."
 *                  ( "service" | "entity" | "exception" ) body        (one word token)
 *   json       ::= "rootcause.json" ( "=" | "!=" ) "#[" JSON "]"
 *   group      ::= ( "group.name" | "group.arn" ) ( "=" | "!=" ) text
 *   annotation ::= ( "annotation." KEY | "annotation" "[" STRING "]" ) [ op value ]
 *   keyword    ::= WORD [ op value ]
 *   op         ::= "=" | "!=" | "<" | "<=" | ">" | ">=" | "CONTAINS" | "BEGINSWITH" | "ENDSWITH"
 *   value      ::= STRING | NUMBER | "true" | "false" | WORD      (an unquoted WORD is a string)
 *   text       ::= STRING | WORD
 *
 * Precedence: `!` binds tightest, then AND (explicit or implied), then OR.
 * The parser recovers: missing `)`/`}` are closed at the end, stray tokens are reported and
 * skipped, so one pass yields every problem. Recursion is bounded by MAX_FILTER_DEPTH.
 */
import { describeToken, FilterCursor } from "./FilterCursor";
import type { FilterDiagnostic } from "./FilterDiagnostic";
import type { FilterNode } from "./FilterNode";
import type { FilterToken } from "./FilterToken";
import type { ParseContents } from "./parseFilterParts";
import { parseFilterTerm } from "./parseFilterTerm";

export interface FilterSyntaxResult {
  readonly ast: FilterNode | null;
  readonly diagnostics: readonly FilterDiagnostic[];
}

/** Parses scanned tokens into a syntax tree (syntax only; the checker runs separately). */
export function parseFilterSyntax(tokens: readonly FilterToken[]): FilterSyntaxResult {
  const c = new FilterCursor(tokens);
  const ast = parseContents(c, "eof");
  return { ast, diagnostics: c.diagnostics };
}

function combine(kind: "and" | "or", operands: FilterNode[]): FilterNode | null {
  if (operands.length === 0) return null;
  if (operands.length === 1) return operands[0];
  return { kind, operands, from: operands[0].from, to: operands[operands.length - 1].to };
}

/** A sequence up to `closer` (or end of input), reporting and skipping stray tokens. */
const parseContents: ParseContents = (c, closer) => {
  const parts: FilterNode[] = [];
  for (;;) {
    const node = parseOr(c);
    if (node !== null) parts.push(node);
    const t = c.token;
    if (t.kind === "eof" || t.kind === closer) break;
    if (closer !== "eof" && (t.kind === ")" || t.kind === "}")) break;
    if (t.kind === ")" || t.kind === "}") {
      c.report("unexpected-token", `unmatched '${t.kind}'`, t.from, t.to, "remove it");
    } else if (c.isWord("AND", "OR")) {
      c.report("expected-term", `expected a term before ${t.value.toUpperCase()}`, t.from, t.to);
    } else {
      c.report("unexpected-token", `unexpected ${describeToken(t)}`, t.from, t.to);
    }
    c.advance();
  }
  return combine("and", parts);
};

function parseOr(c: FilterCursor): FilterNode | null {
  const operands: FilterNode[] = [];
  const first = parseAnd(c);
  if (first !== null) operands.push(first);
  while (c.isWord("OR")) {
    const or = c.advance();
    if (operands.length === 0) {
      c.report("expected-term", "expected a term before OR", or.from, or.to);
    }
    const before = c.pos;
    const next = parseAnd(c);
    if (next !== null) {
      operands.push(next);
    } else if (c.pos === before && !c.aborted) {
      const t = c.token;
      c.report(
        "expected-term",
        `expected a term after OR, found ${describeToken(t)}`,
        t.from,
        t.to,
      );
    }
  }
  return combine("or", operands);
}

function parseAnd(c: FilterCursor): FilterNode | null {
  const operands: FilterNode[] = [];
  for (;;) {
    if (c.isWord("AND")) {
      if (operands.length === 0) return null;
      c.advance();
      const before = c.pos;
      const next = parseUnary(c);
      if (next !== null) {
        operands.push(next);
      } else if (c.aborted) {
        break;
      } else if (c.pos === before) {
        const t = c.token;
        c.report(
          "expected-term",
          `expected a term after AND, found ${describeToken(t)}`,
          t.from,
          t.to,
        );
        break;
      }
    } else if (c.canStartTerm()) {
      const before = c.pos;
      const next = parseUnary(c);
      if (next !== null) operands.push(next);
      else if (c.pos === before || c.aborted) break;
    } else {
      const t = c.token;
      const stray =
        operands.length > 0 &&
        t.kind !== "eof" &&
        t.kind !== ")" &&
        t.kind !== "}" &&
        !c.isWord("OR", "AND");
      if (!stray) break;
      c.report(
        "unexpected-token",
        `unexpected ${describeToken(t)}`,
        t.from,
        t.to,
        "expected AND, OR or a term",
      );
      c.advance();
    }
  }
  return combine("and", operands);
}

function parseUnary(c: FilterCursor): FilterNode | null {
  if (c.token.kind !== "!") return parsePrimary(c);
  const bang = c.advance();
  if (!c.enter()) return null;
  const before = c.pos;
  const operand = parseUnary(c);
  c.leave();
  if (operand === null) {
    if (!c.aborted && c.pos === before) {
      c.report(
        "expected-term",
        `expected a term after '!', found ${describeToken(c.token)}`,
        c.token.from,
        c.token.to,
      );
    }
    return null;
  }
  return { kind: "not", operand, from: bang.from, to: operand.to };
}

function parsePrimary(c: FilterCursor): FilterNode | null {
  const t = c.token;
  if (t.kind === "(") {
    const open = c.advance();
    if (!c.enter()) return null;
    const start = c.pos;
    const inner = parseContents(c, ")");
    const emptyInside = c.pos === start;
    c.leave();
    let end = c.previousEnd;
    if (c.token.kind === ")") {
      end = c.advance().to;
    } else if (!c.aborted) {
      const at = c.token.from;
      c.report(
        "unclosed-paren",
        `missing ')' to close the '(' at offset ${open.from}`,
        at,
        at,
        "add ')'",
      );
    }
    if (inner === null && !c.aborted && emptyInside) {
      c.report("expected-term", "empty parentheses: expected a filter expression", open.from, end);
    }
    return inner;
  }
  if (!c.canStartTerm()) return null;
  return parseFilterTerm(c, parseContents);
}
