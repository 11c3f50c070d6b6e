import {
  createFilterDiagnostic,
  type FilterDiagnostic,
  type FilterDiagnosticCode,
} from "./FilterDiagnostic";
import type { FilterToken } from "./FilterToken";

/** Deepest nesting of `!`, parentheses and braces the parser accepts (no unbounded recursion). */
export const MAX_FILTER_DEPTH = 100;

const RESERVED = new Set(["AND", "OR", "CONTAINS", "BEGINSWITH", "ENDSWITH"]);

/** The parser's position in the token list, and the diagnostics it collects. */
export class FilterCursor {
  pos = 0;
  depth = 0;
  /** Set once `too-deep` was reported: the rest of the input is skipped. */
  aborted = false;
  readonly diagnostics: FilterDiagnostic[] = [];

  constructor(readonly tokens: readonly FilterToken[]) {}

  get token(): FilterToken {
    return this.tokens[this.pos];
  }

  /** The token `offset` places ahead (the `eof` token past the end). */
  peek(offset = 1): FilterToken {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
  }

  /** Returns the current token and moves past it (never past `eof`). */
  advance(): FilterToken {
    const t = this.tokens[this.pos];
    if (t.kind !== "eof") this.pos++;
    return t;
  }

  /** The end of the last consumed token (where a missing token would go). */
  get previousEnd(): number {
    return this.pos === 0 ? 0 : this.tokens[this.pos - 1].to;
  }

  /** True when the current token is a word equal (case-insensitive) to one of `words`. */
  isWord(...words: string[]): boolean {
    const t = this.token;
    return t.kind === "word" && words.includes(t.value.toUpperCase());
  }

  /** True when the current token can begin a term: `!`, `(`, or a non-reserved word. */
  canStartTerm(): boolean {
    const t = this.token;
    return (
      t.kind === "!" ||
      t.kind === "(" ||
      (t.kind === "word" && !RESERVED.has(t.value.toUpperCase()))
    );
  }

  report(
    code: FilterDiagnosticCode,
    message: string,
    from: number,
    to: number,
    hint?: string,
  ): void {
    this.diagnostics.push(createFilterDiagnostic(code, message, from, to, hint));
  }

  /** Enters one nesting level; false (after reporting once and skipping the rest) when too deep. */
  enter(): boolean {
    if (this.aborted) return false;
    if (this.depth >= MAX_FILTER_DEPTH) {
      const t = this.tokens[Math.max(0, this.pos - 1)];
      this.report(
        "too-deep",
        `expression nested more than ${MAX_FILTER_DEPTH} levels deep`,
        t.from,
        this.tokens[this.tokens.length - 1].to,
      );
      this.aborted = true;
      this.pos = this.tokens.length - 1;
      return false;
    }
    this.depth++;
    return true;
  }

  leave(): void {
    this.depth--;
  }
}

/** Describes a token for messages: `'AND'`, `string "x"`, `end of input`. */
export function describeToken(t: FilterToken): string {
  switch (t.kind) {
    case "eof":
      return "end of input";
    case "string":
      return `string "${t.value.length > 20 ? t.value.slice(0, 20) + "…" : t.value}"`;
    case "number":
      return `number ${t.value}`;
    case "json":
      return "JSON";
    case "word":
      return `'${t.value}'`;
    default:
      return `'${t.kind}'`;
  }
}
