import { describeToken, type FilterCursor } from "./FilterCursor";
import type { FilterNode, RootCauseKind, RootCauseTarget } from "./FilterNode";
import { parseBody, parseEqualityOperator, type ParseContents } from "./parseFilterParts";
import { suggestClosest } from "./suggestClosest";

export const ROOT_CAUSE_KINDS: readonly RootCauseKind[] = ["fault", "error", "responsetime"];
export const ROOT_CAUSE_TARGETS: readonly RootCauseTarget[] = ["service", "entity", "exception"];

/** Every `rootcause.*` word: the nine kind × target paths and `rootcause.json`. */
export const ROOT_CAUSE_PATHS: readonly string[] = [
  ...ROOT_CAUSE_KINDS.flatMap((k) => ROOT_CAUSE_TARGETS.map((t) => `rootcause.${k}.${t}`)),
  "rootcause.json",
];

/** `rootcause.<kind>.<target> { body }` or `rootcause.json = #[...]`; the current token is the word. */
export function parseRootCauseTerm(
  c: FilterCursor,
  parseContents: ParseContents,
): FilterNode | null {
  const t = c.advance();
  const lower = t.value.toLowerCase();
  if (lower === "rootcause.json") return parseRootCauseJson(c, t.from);
  const [, cause, target, ...rest] = lower.split(".");
  const valid =
    rest.length === 0 &&
    ROOT_CAUSE_KINDS.includes(cause as RootCauseKind) &&
    ROOT_CAUSE_TARGETS.includes(target as RootCauseTarget);
  if (!valid) {
    const suggestion = suggestClosest(lower, ROOT_CAUSE_PATHS);
    c.report(
      "invalid-rootcause",
      `'${t.value}' is not a root-cause keyword: expected rootcause.<fault|error|responsetime>.<service|entity|exception> or rootcause.json`,
      t.from,
      t.to,
      suggestion === undefined ? undefined : `did you mean '${suggestion}'?`,
    );
  }
  if (c.token.kind !== "{") {
    if (valid) {
      c.report(
        "expected-body",
        `expected '{' after ${lower}, found ${describeToken(c.token)}`,
        c.token.from,
        c.token.to,
        `write ${lower} { ... }`,
      );
    }
    return null;
  }
  const { body, to } = parseBody(c, parseContents);
  if (!valid || body === null) return null;
  return {
    kind: "rootcause",
    cause: cause as RootCauseKind,
    target: target as RootCauseTarget,
    body,
    from: t.from,
    to,
  };
}

function parseRootCauseJson(c: FilterCursor, from: number): FilterNode | null {
  const operator = parseEqualityOperator(c, c.tokens[c.pos - 1]);
  if (operator === null) return null;
  const t = c.token;
  if (t.kind !== "json") {
    c.report(
      "expected-value",
      `expected #[...] (a JSON array of root causes), found ${describeToken(t)}`,
      t.from,
      t.to,
    );
    return null;
  }
  c.advance();
  if (t.unterminated === true) return null;
  let patterns: unknown;
  try {
    patterns = JSON.parse(t.value);
  } catch (error) {
    c.report("invalid-json", `invalid JSON: ${(error as Error).message}`, t.from, t.to);
    return null;
  }
  if (!Array.isArray(patterns)) return null;
  return { kind: "rootcause-json", operator, patterns, from, to: t.to };
}
