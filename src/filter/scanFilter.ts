import { createFilterDiagnostic, type FilterDiagnostic } from "./FilterDiagnostic";
import type { FilterToken, FilterTokenKind } from "./FilterToken";

/** Tokens of a filter expression (the last one is `eof`) and the lexical problems found. */
export interface ScanFilterResult {
  readonly tokens: readonly FilterToken[];
  readonly diagnostics: readonly FilterDiagnostic[];
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const EXPONENT_PREFIX = /^-?\d+(?:\.\d+)?[eE]$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SINGLE: Partial<Record<string, FilterTokenKind>> = {
  "(": "(",
  ")": ")",
  "{": "{",
  "}": "}",
  "[": "[",
  "]": "]",
  ",": ",",
  ":": ":",
};

function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x80 ? isAsciiWordCode(c) : LETTER_OR_DIGIT.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** The code point at `i` as a string (one or two UTF-16 units). */
function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/**
 * Splits a filter expression into tokens. Never throws: lexical problems (unterminated strings,
 * stray characters, `==`, `&&`) become diagnostics and the scanner recovers.
 * @example scanFilter("ok AND responsetime > 2").tokens.map((t) => t.kind)
 */
export function scanFilter(text: string): ScanFilterResult {
  const tokens: FilterToken[] = [];
  const diagnostics: FilterDiagnostic[] = [];
  const n = text.length;
  let i = 0;
  let junkFrom = -1;
  const flushJunk = (end: number): void => {
    if (junkFrom < 0) return;
    const junk = text.slice(junkFrom, end);
    const hint =
      junk === "-"
        ? "negate with '!'"
        : junk === "&" || junk === "|"
          ? "combine terms with AND / OR"
          : undefined;
    diagnostics.push(
      createFilterDiagnostic(
        "unexpected-character",
        `unexpected character${junk.length > 1 ? "s" : ""} '${junk}'`,
        junkFrom,
        end,
        hint,
      ),
    );
    junkFrom = -1;
  };
  const push = (kind: FilterTokenKind, from: number, to: number, value: string): void => {
    flushJunk(from);
    tokens.push({ kind, from, to, value });
  };

  while (i < n) {
    const ch = text[i];
    if (
      ch === " " ||
      ch === "\t" ||
      ch === "\n" ||
      ch === "\r" ||
      ((ch < " " || ch > "~") && /\s/.test(ch))
    ) {
      flushJunk(i);
      i++;
      continue;
    }
    const single = SINGLE[ch];
    if (single !== undefined) {
      push(single, i, i + 1, ch);
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      flushJunk(i);
      i = scanString(text, i, tokens, diagnostics);
      continue;
    }
    if (ch === "=" || ch === "!" || ch === "<" || ch === ">") {
      const eq = text[i + 1] === "=";
      if (ch === "=" && eq) {
        push("=", i, i + 2, "=");
        diagnostics.push(
          createFilterDiagnostic("double-equals", "'==' is not an operator", i, i + 2, "use '='"),
        );
      } else {
        const kind = (eq ? `${ch}=` : ch) as FilterTokenKind;
        push(kind, i, i + (eq ? 2 : 1), kind);
      }
      i += eq ? 2 : 1;
      continue;
    }
    if ((ch === "&" || ch === "|") && text[i + 1] === ch) {
      const word = ch === "&" ? "AND" : "OR";
      push("word", i, i + 2, word);
      diagnostics.push(
        createFilterDiagnostic(
          "symbolic-logical-operator",
          `'${ch}${ch}' is not an operator`,
          i,
          i + 2,
          `use ${word}`,
        ),
      );
      i += 2;
      continue;
    }
    if (ch === "#" && text[i + 1] === "[") {
      flushJunk(i);
      i = scanJson(text, i, tokens, diagnostics);
      continue;
    }
    const startsNumber = ch === "-" && (isDigit(text[i + 1]) || text[i + 1] === ".");
    if (startsNumber || isWordChar(charAt(text, i))) {
      flushJunk(i);
      const from = i;
      i += startsNumber ? 1 : charAt(text, i).length;
      while (i < n) {
        const code = text.charCodeAt(i);
        if (code < 0x80) {
          if (isAsciiWordCode(code) || code === 46 || code === 45) {
            i++; // letters, digits, _, ".", "-"
          } else if (code === 43 && EXPONENT_PREFIX.test(text.slice(from, i))) {
            i++; // "+" of an exponent: 1e+21
          } else {
            break;
          }
        } else {
          const c = charAt(text, i);
          if (!isWordChar(c)) break;
          i += c.length;
        }
      }
      const word = text.slice(from, i);
      tokens.push({ kind: NUMBER.test(word) ? "number" : "word", from, to: i, value: word });
      continue;
    }
    if (junkFrom < 0) junkFrom = i;
    i += charAt(text, i).length;
  }
  flushJunk(n);
  tokens.push({ kind: "eof", from: n, to: n, value: "" });
  return { tokens, diagnostics };
}

function scanString(
  text: string,
  start: number,
  tokens: FilterToken[],
  diagnostics: FilterDiagnostic[],
): number {
  const quote = text[start];
  const n = text.length;
  let value = "";
  let i = start + 1;
  while (i < n && text[i] !== quote) {
    if (text[i] === "\\" && i + 1 < n) {
      const next = text[i + 1];
      if (next === quote || next === "\\") {
        value += next;
      } else {
        value += "\\" + next;
        diagnostics.push(
          createFilterDiagnostic(
            "unknown-escape",
            `unknown escape '\\${next}' (kept as written)`,
            i,
            i + 2,
            `only \\${quote} and \\\\ are escapes; write \\\\ for a backslash`,
          ),
        );
      }
      i += 2;
    } else {
      value += text[i];
      i++;
    }
  }
  const unterminated = i >= n;
  const end = unterminated ? n : i + 1;
  if (quote === "'") {
    diagnostics.push(
      createFilterDiagnostic(
        "single-quoted-string",
        "strings are written in double quotes",
        start,
        end,
        `write "${value.replace(/[\\"]/g, "\\$&")}"`,
      ),
    );
  }
  if (unterminated) {
    diagnostics.push(
      createFilterDiagnostic(
        "unterminated-string",
        "unterminated string: the closing quote is missing",
        start,
        n,
        `add ${quote} at the end`,
      ),
    );
  }
  tokens.push(
    unterminated
      ? { kind: "string", from: start, to: end, value, unterminated: true }
      : { kind: "string", from: start, to: end, value },
  );
  return end;
}

function scanJson(
  text: string,
  start: number,
  tokens: FilterToken[],
  diagnostics: FilterDiagnostic[],
): number {
  const n = text.length;
  let depth = 0;
  let i = start + 1;
  let inString = false;
  for (; i < n; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === "[" || c === "{") {
      depth++;
    } else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) break;
    }
  }
  const end = Math.min(i + 1, n);
  if (i >= n) {
    diagnostics.push(
      createFilterDiagnostic(
        "unterminated-json",
        "unterminated JSON: the closing ']' is missing",
        start,
        n,
      ),
    );
  }
  const value = text.slice(start + 1, end);
  tokens.push(
    i >= n
      ? { kind: "json", from: start, to: end, value, unterminated: true }
      : { kind: "json", from: start, to: end, value },
  );
  return end;
}
