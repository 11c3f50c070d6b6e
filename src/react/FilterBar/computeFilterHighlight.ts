import type { FilterDiagnostic } from "../../filter/FilterDiagnostic";
import { findFilterKeyword } from "../../filter/filterKeywords";
import type { FilterToken } from "../../filter/FilterToken";

/** Colour class of a token in the filter bar. */
export type FilterTokenClass =
  | "keyword"
  | "function"
  | "logical"
  | "operator"
  | "string"
  | "number"
  | "value"
  | "json"
  | "punctuation"
  | "word";

/** A run of text with one colour and the diagnostics that cover it. */
export interface FilterHighlightSegment {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** `null` for whitespace and text outside any token. */
  readonly tokenClass: FilterTokenClass | null;
}

/** One diagnostic's underline: the exact range `[from, to)` and the runs of text inside it. */
export interface FilterHighlightUnderline {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly severity: FilterDiagnostic["severity"];
}

/** A piece of the overlay: plain runs, or an underline that groups runs. */
export type FilterHighlightPart =
  | { readonly type: "text"; readonly segment: FilterHighlightSegment }
  | {
      readonly type: "underline";
      readonly underline: FilterHighlightUnderline;
      readonly segments: readonly FilterHighlightSegment[];
    };

const LOGICAL = new Set(["and", "or", "not"]);
const STRING_OPERATORS = new Set(["contains", "beginswith", "endswith"]);
const FUNCTIONS = new Set(["service", "edge", "id", "group", "json"]);
const VALUES = new Set(["true", "false"]);

/** The colour class of one token. */
export function classifyFilterToken(token: FilterToken): FilterTokenClass | null {
  switch (token.kind) {
    case "eof":
      return null;
    case "string":
      return "string";
    case "number":
      return "number";
    case "json":
      return "json";
    case "word": {
      const w = token.value.toLowerCase();
      if (LOGICAL.has(w)) return "logical";
      if (STRING_OPERATORS.has(w)) return "operator";
      if (VALUES.has(w)) return "value";
      if (FUNCTIONS.has(w)) return "function";
      if (
        findFilterKeyword(w) !== undefined ||
        w.startsWith("annotation") ||
        w.includes("rootcause")
      )
        return "keyword";
      return "word";
    }
    case "=":
    case "!=":
    case "<":
    case "<=":
    case ">":
    case ">=":
    case "!":
      return "operator";
    default:
      return "punctuation";
  }
}

function runs(
  text: string,
  tokens: readonly FilterToken[],
  from: number,
  to: number,
): FilterHighlightSegment[] {
  const out: FilterHighlightSegment[] = [];
  let at = from;
  for (const token of tokens) {
    if (token.kind === "eof" || token.to <= at) continue;
    if (token.from >= to) break;
    const start = Math.max(token.from, at);
    if (start > at)
      out.push({ from: at, to: start, text: text.slice(at, start), tokenClass: null });
    const end = Math.min(token.to, to);
    out.push({
      from: start,
      to: end,
      text: text.slice(start, end),
      tokenClass: classifyFilterToken(token),
    });
    at = end;
  }
  if (at < to) out.push({ from: at, to, text: text.slice(at, to), tokenClass: null });
  return out;
}

/**
 * Splits a filter expression into coloured runs and diagnostic underlines for the filter bar's
 * overlay. Underlines never overlap: a diagnostic starting inside an earlier one is clipped to
 * start where that one ends (a zero-width diagnostic stays a point). Concatenating every run's
 * text gives back `text` exactly.
 * @example computeFilterHighlight("ok", scanFilter("ok").tokens, [])
 */
export function computeFilterHighlight(
  text: string,
  tokens: readonly FilterToken[],
  diagnostics: readonly FilterDiagnostic[],
): readonly FilterHighlightPart[] {
  const order = diagnostics
    .map((d, index) => ({
      index,
      from: Math.max(0, Math.min(d.from, text.length)),
      to: Math.max(0, Math.min(d.to, text.length)),
      severity: d.severity,
    }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const parts: FilterHighlightPart[] = [];
  let at = 0;
  for (const d of order) {
    const from = Math.max(d.from, at);
    const to = Math.max(d.to, from);
    if (from > at)
      for (const segment of runs(text, tokens, at, from)) parts.push({ type: "text", segment });
    parts.push({
      type: "underline",
      underline: { index: d.index, from, to, severity: d.severity },
      segments: runs(text, tokens, from, to),
    });
    at = to;
  }
  for (const segment of runs(text, tokens, at, text.length)) parts.push({ type: "text", segment });
  return parts;
}
