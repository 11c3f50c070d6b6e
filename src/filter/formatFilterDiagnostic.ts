import type { FilterDiagnostic } from "./FilterDiagnostic";

/**
 * One line for a filter diagnostic: `from-to: severity code: message (hint)`, offsets being
 * UTF-16 positions in the expression.
 * @example formatFilterDiagnostic(d) // "0-11: error unknown-keyword: unknown keyword 'responstime' (did you mean 'responsetime'?)"
 */
export function formatFilterDiagnostic(d: FilterDiagnostic): string {
  const hint = d.hint === undefined ? "" : ` (${d.hint})`;
  return `${d.from}-${d.to}: ${d.severity} ${d.code}: ${d.message}${hint}`;
}
