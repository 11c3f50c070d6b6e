import type { TraceSummary } from "../model/index";

/**
 * True when `value` matches `pattern`: objects match when every key of the pattern is an own key
 * of the value with a matching value (other keys are wildcards); arrays match element by element
 * with equal length; other values must be equal. Iterative (patterns are user input).
 */
export function matchesJsonPattern(pattern: unknown, value: unknown): boolean {
  const stack: [unknown, unknown][] = [[pattern, value]];
  while (stack.length > 0) {
    const [p, v] = stack.pop()!;
    if (p === null || typeof p !== "object") {
      if (p !== v) return false;
    } else if (Array.isArray(p)) {
      if (!Array.isArray(v) || v.length !== p.length) return false;
      for (let i = 0; i < p.length; i++) stack.push([p[i], v[i]]);
    } else {
      if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
      for (const key of Object.keys(p)) {
        if (!Object.hasOwn(v, key)) return false;
        stack.push([(p as Record<string, unknown>)[key], (v as Record<string, unknown>)[key]]);
      }
    }
  }
  return true;
}

/**
 * `rootcause.json = #[P1, P2, ...]`: every pattern matches some root cause of the trace (fault,
 * error or response time). An empty list matches every trace.
 */
export function matchRootCauseJson(patterns: readonly unknown[], summary: TraceSummary): boolean {
  const all: unknown[] = [];
  for (const list of [
    summary.FaultRootCauses,
    summary.ErrorRootCauses,
    summary.ResponseTimeRootCauses,
  ]) {
    if (Array.isArray(list)) all.push(...list);
  }
  return patterns.every((p) => all.some((rc) => matchesJsonPattern(p, rc)));
}
