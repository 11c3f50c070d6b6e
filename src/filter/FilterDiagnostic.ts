/**
 * Diagnostics of the filter language: every problem the scanner, the parser, the checker and the
 * compiler can report, with its number and severity, in one table. Diagnostics are data: they
 * are collected and returned, never thrown and never logged.
 */

/** Severity of a filter diagnostic: `error` makes the expression unusable, `warning` does not. */
export type FilterSeverity = "error" | "warning";

/** The catalogue: code → number (stable, for documentation and tooling) and severity. */
export const filterDiagnosticCatalogue = {
  // scanner (1xx)
  "unexpected-character": { number: 101, severity: "error" },
  "unterminated-string": { number: 102, severity: "error" },
  "unknown-escape": { number: 103, severity: "warning" },
  "single-quoted-string": { number: 104, severity: "error" },
  "unterminated-json": { number: 105, severity: "error" },
  "double-equals": { number: 106, severity: "error" },
  "symbolic-logical-operator": { number: 107, severity: "error" },
  // parser (2xx)
  "expected-term": { number: 201, severity: "error" },
  "expected-value": { number: 202, severity: "error" },
  "unexpected-token": { number: 203, severity: "error" },
  "unclosed-paren": { number: 204, severity: "error" },
  "unclosed-brace": { number: 205, severity: "error" },
  "expected-open-paren": { number: 206, severity: "error" },
  "expected-service": { number: 207, severity: "error" },
  "expected-comma": { number: 208, severity: "error" },
  "edge-arity": { number: 209, severity: "error" },
  "invalid-id-argument": { number: 210, severity: "error" },
  "duplicate-id-argument": { number: 211, severity: "error" },
  "empty-id": { number: 212, severity: "error" },
  "invalid-rootcause": { number: 213, severity: "error" },
  "expected-body": { number: 214, severity: "error" },
  "invalid-json": { number: 215, severity: "error" },
  "missing-annotation-key": { number: 216, severity: "error" },
  "expected-operator": { number: 217, severity: "error" },
  "too-deep": { number: 218, severity: "error" },
  // checker (3xx)
  "unknown-keyword": { number: 301, severity: "error" },
  "keyword-not-allowed": { number: 302, severity: "error" },
  "operator-not-allowed": { number: 303, severity: "error" },
  "type-mismatch": { number: 304, severity: "error" },
  "annotation-in-body": { number: 305, severity: "error" },
  "nested-complex-keyword": { number: 306, severity: "error" },
  // compiler (4xx)
  "unknown-group": { number: 401, severity: "error" },
  "group-cycle": { number: 402, severity: "error" },
  "invalid-group": { number: 403, severity: "error" },
} as const satisfies Record<string, { number: number; severity: FilterSeverity }>;

/** Named code of a filter diagnostic (see `filterDiagnosticCatalogue`). */
export type FilterDiagnosticCode = keyof typeof filterDiagnosticCatalogue;

/** One problem in a filter expression, located by UTF-16 offsets `[from, to)` into the text. */
export interface FilterDiagnostic {
  readonly code: FilterDiagnosticCode;
  readonly severity: FilterSeverity;
  readonly message: string;
  readonly from: number;
  readonly to: number;
  /** A suggested fix, e.g. `did you mean 'responsetime'?`. */
  readonly hint?: string;
}

/**
 * Builds a diagnostic with the catalogue's severity.
 * @example createFilterDiagnostic("unknown-keyword", "unknown keyword 'x'", 0, 1)
 */
export function createFilterDiagnostic(
  code: FilterDiagnosticCode,
  message: string,
  from: number,
  to: number,
  hint?: string,
): FilterDiagnostic {
  const severity = filterDiagnosticCatalogue[code].severity;
  return hint === undefined
    ? { code, severity, message, from, to }
    : { code, severity, message, from, to, hint };
}
