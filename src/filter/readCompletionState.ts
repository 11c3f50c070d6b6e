import type { FilterScope } from "./checkFilter";
import type { FilterToken } from "./FilterToken";
import { ROOT_CAUSE_KINDS, ROOT_CAUSE_TARGETS } from "./parseRootCauseTerm";
import type { RootCauseKind, RootCauseTarget } from "./FilterNode";

/** What was typed before the cursor names as the subject of an operator or value. */
export type CompletionSubject =
  | { readonly kind: "keyword"; readonly name: string }
  | { readonly kind: "annotation"; readonly key: string }
  | { readonly kind: "group" }
  | { readonly kind: "json" };

/** Where the cursor is, as far as completion cares. */
export type CompletionMode =
  | { readonly kind: "term" }
  | { readonly kind: "operator"; readonly subject: CompletionSubject }
  | { readonly kind: "value"; readonly subject: CompletionSubject }
  | { readonly kind: "after-term" }
  | { readonly kind: "after-call"; readonly fn: "service" | "edge" }
  | { readonly kind: "open-call"; readonly fn: string }
  | { readonly kind: "ref"; readonly edgeArgument: number }
  | { readonly kind: "after-ref"; readonly edgeArgument: number }
  | { readonly kind: "id-argument" }
  | { readonly kind: "id-colon"; readonly argument: string }
  | { readonly kind: "id-value"; readonly argument: string }
  | { readonly kind: "after-id-value" }
  | { readonly kind: "rootcause-open"; readonly scope: FilterScope }
  | { readonly kind: "annotation-open" }
  | { readonly kind: "annotation-key" }
  | { readonly kind: "annotation-close"; readonly key: string };

type Frame =
  | { readonly kind: "paren" | "body"; readonly scope: FilterScope }
  | { readonly kind: "call"; readonly fn: "service" | "edge"; argument: number }
  | { readonly kind: "id" };

export interface CompletionState {
  readonly mode: CompletionMode;
  /** The scope of terms at the cursor (trace level, a service/edge body, a root-cause body). */
  readonly scope: FilterScope;
  /** Open `(` and `{` the cursor is inside, innermost last. */
  readonly open: readonly ("(" | "{")[];
}

const OPERATOR_KINDS = new Set(["=", "!=", "<", "<=", ">", ">="]);
const WORD_OPERATORS = new Set(["CONTAINS", "BEGINSWITH", "ENDSWITH"]);
const TRACE: FilterScope = { kind: "trace" };

function rootCauseScope(word: string): FilterScope | undefined {
  const [head, cause, target, ...rest] = word.split(".");
  if (head !== "rootcause" || rest.length > 0) return undefined;
  if (!ROOT_CAUSE_KINDS.includes(cause as RootCauseKind)) return undefined;
  if (!ROOT_CAUSE_TARGETS.includes(target as RootCauseTarget)) return undefined;
  return { kind: "rootcause", cause: cause as RootCauseKind, target: target as RootCauseTarget };
}

/**
 * Runs the tokens before the cursor through a small state machine (a forgiving mirror of the
 * grammar) and returns the mode at the cursor. Never fails: unexpected tokens are skipped.
 */
export function readCompletionState(tokens: readonly FilterToken[]): CompletionState {
  const frames: Frame[] = [];
  let mode: CompletionMode = { kind: "term" };
  const scope = (): FilterScope => {
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i];
      if (f.kind === "paren" || f.kind === "body") return f.scope;
    }
    return TRACE;
  };
  const close = (kind: ")" | "}"): void => {
    const top = frames[frames.length - 1];
    if (top !== undefined && (kind === "}") === (top.kind === "body")) frames.pop();
  };
  const afterId = (): CompletionMode => {
    frames.pop();
    const top = frames[frames.length - 1];
    return top?.kind === "call"
      ? { kind: "after-ref", edgeArgument: top.argument }
      : { kind: "after-term" };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const upper = t.kind === "word" ? t.value.toUpperCase() : "";
    const lower = t.kind === "word" ? t.value.toLowerCase() : "";
    switch (mode.kind) {
      case "term":
        if (t.kind === "(") frames.push({ kind: "paren", scope: scope() });
        else if (t.kind === ")" || t.kind === "}") {
          close(t.kind);
          mode = { kind: "after-term" };
        } else if (t.kind === "word" && upper !== "AND" && upper !== "OR") {
          if (lower === "service" || lower === "edge" || lower === "id")
            mode = { kind: "open-call", fn: lower };
          else if (lower === "rootcause.json")
            mode = { kind: "operator", subject: { kind: "json" } };
          else if (rootCauseScope(lower) !== undefined)
            mode = { kind: "rootcause-open", scope: rootCauseScope(lower)! };
          else if (lower === "group.name" || lower === "group.arn")
            mode = { kind: "operator", subject: { kind: "group" } };
          else if (lower === "annotation") mode = { kind: "annotation-open" };
          else if (lower.startsWith("annotation."))
            mode = { kind: "operator", subject: { kind: "annotation", key: t.value.slice(11) } };
          else mode = { kind: "operator", subject: { kind: "keyword", name: lower } };
        } else if (t.kind === "string" || t.kind === "number" || t.kind === "json")
          mode = { kind: "after-term" };
        break;
      case "open-call":
        if (t.kind !== "(") {
          mode = { kind: "term" };
          i--;
        } else if (mode.fn === "id") {
          frames.push({ kind: "id" });
          mode = { kind: "id-argument" };
        } else {
          frames.push({ kind: "call", fn: mode.fn as "service" | "edge", argument: 0 });
          mode = { kind: "ref", edgeArgument: 0 };
        }
        break;
      case "ref":
      case "after-ref": {
        const call = frames[frames.length - 1];
        if (t.kind === ")") {
          if (call?.kind === "call") {
            frames.pop();
            mode = { kind: "after-call", fn: call.fn };
          } else mode = { kind: "after-term" };
        } else if (t.kind === ",") {
          if (call?.kind === "call") call.argument++;
          mode = { kind: "ref", edgeArgument: call?.kind === "call" ? call.argument : 0 };
        } else if (
          mode.kind === "ref" &&
          t.kind === "word" &&
          lower === "id" &&
          tokens[i + 1]?.kind === "("
        ) {
          frames.push({ kind: "id" });
          mode = { kind: "id-argument" };
          i++;
        } else if (mode.kind === "ref" && (t.kind === "string" || t.kind === "word")) {
          mode = { kind: "after-ref", edgeArgument: mode.edgeArgument };
        }
        break;
      }
      case "id-argument":
        if (t.kind === ")") mode = afterId();
        else if (t.kind === "word") mode = { kind: "id-colon", argument: lower };
        break;
      case "id-colon":
        mode =
          t.kind === ":" ? { kind: "id-value", argument: mode.argument } : { kind: "id-argument" };
        if (t.kind === ")") mode = afterId();
        break;
      case "id-value":
      case "after-id-value":
        if (t.kind === ")") mode = afterId();
        else if (t.kind === ",") mode = { kind: "id-argument" };
        else if (t.kind === "string" || t.kind === "word") mode = { kind: "after-id-value" };
        break;
      case "after-call":
        if (t.kind === "{") {
          frames.push({ kind: "body", scope: { kind: "node", owner: mode.fn } });
          mode = { kind: "term" };
        } else {
          mode = { kind: "after-term" };
          i--;
        }
        break;
      case "rootcause-open":
        if (t.kind === "{") {
          frames.push({ kind: "body", scope: mode.scope });
          mode = { kind: "term" };
        } else {
          mode = { kind: "after-term" };
          i--;
        }
        break;
      case "annotation-open":
        mode = t.kind === "[" ? { kind: "annotation-key" } : { kind: "after-term" };
        if (t.kind !== "[") i--;
        break;
      case "annotation-key":
        if (t.kind === "string" || t.kind === "word")
          mode = { kind: "annotation-close", key: t.value };
        else if (t.kind === "]") mode = { kind: "after-term" };
        break;
      case "annotation-close":
        mode = { kind: "operator", subject: { kind: "annotation", key: mode.key } };
        if (t.kind !== "]") i--;
        break;
      case "operator":
        if (OPERATOR_KINDS.has(t.kind) || WORD_OPERATORS.has(upper)) {
          mode = { kind: "value", subject: mode.subject };
        } else {
          mode = { kind: "after-term" };
          i--;
        }
        break;
      case "value":
        if (t.kind === "string" || t.kind === "number" || t.kind === "json" || t.kind === "word") {
          mode = { kind: "after-term" };
        } else {
          mode = { kind: "after-term" };
          i--;
        }
        break;
      case "after-term":
        if (upper === "AND" || upper === "OR") mode = { kind: "term" };
        else if (t.kind === ")" || t.kind === "}") close(t.kind);
        else if (t.kind === "!" || t.kind === "(" || t.kind === "word") {
          mode = { kind: "term" };
          i--;
        }
        break;
    }
  }
  const open: ("(" | "{")[] = [];
  for (const f of frames) {
    if (f.kind === "paren") open.push("(");
    else if (f.kind === "body") open.push("{");
  }
  return { mode, scope: scope(), open };
}
