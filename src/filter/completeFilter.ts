import type { Trace } from "../model/index";
import { isKeywordAllowed } from "./checkFilter";
import { collectCompletionData, type CompletionData } from "./collectCompletionData";
import { filterKeywords, filterOperators, findFilterKeyword } from "./filterKeywords";
import { formatAnnotationName, quoteFilterString } from "./formatFilter";
import type { FilterToken } from "./FilterToken";
import { ROOT_CAUSE_PATHS } from "./parseRootCauseTerm";
import { readCompletionState, type CompletionSubject } from "./readCompletionState";
import { scanFilter } from "./scanFilter";

export type FilterCompletionKind =
  | "keyword"
  | "function"
  | "operator"
  | "logical"
  | "value"
  | "service"
  | "annotation"
  | "punctuation";

/** What the editor may expect at the cursor. */
export type FilterExpectation =
  | "term"
  | "operator"
  | "value"
  | "logical"
  | "service"
  | "id-argument"
  | "annotation-key"
  | "open-brace"
  | "close";

export interface FilterCompletionItem {
  /** What to show. */
  readonly label: string;
  /** What to put in place of `[from, to)`. */
  readonly insert: string;
  readonly kind: FilterCompletionKind;
  readonly detail?: string;
}

export interface FilterCompletion {
  /** The span the candidates replace: the word or string under the cursor, or empty at it. */
  readonly from: number;
  readonly to: number;
  readonly expected: readonly FilterExpectation[];
  /** Candidates whose label starts with what is typed (case-insensitive). */
  readonly items: readonly FilterCompletionItem[];
}

export interface FilterCompletionContext {
  /** Traces to draw service names, annotation keys and values from. */
  readonly traces?: readonly Trace[];
  /** Most candidates per value list (default 50). */
  readonly limit?: number;
}

const EMPTY: CompletionData = {
  serviceNames: [],
  serviceTypes: [],
  accounts: [],
  annotationKeys: [],
  annotationValues: new Map(),
  keywordValues: new Map(),
};
const ALL_OPERATORS = ["=", "!=", "<", "<=", ">", ">=", "CONTAINS", "BEGINSWITH", "ENDSWITH"];

const item = (
  label: string,
  kind: FilterCompletionKind,
  detail?: string,
  insert = label,
): FilterCompletionItem =>
  detail === undefined ? { label, insert, kind } : { label, insert, kind, detail };

const quoted = (
  values: readonly (string | number | boolean)[],
  kind: FilterCompletionKind = "value",
): FilterCompletionItem[] =>
  values.map((v) => item(typeof v === "string" ? quoteFilterString(v) : String(v), kind));

function subjectValues(subject: CompletionSubject, data: CompletionData): FilterCompletionItem[] {
  if (subject.kind === "json") return [item("#[{}]", "value", "root-cause JSON patterns")];
  if (subject.kind === "group") return [];
  if (subject.kind === "annotation") return quoted(data.annotationValues.get(subject.key) ?? []);
  const spec = findFilterKeyword(subject.name);
  if (spec === undefined) return [];
  if (spec.type === "boolean") return [item("true", "value"), item("false", "value")];
  const extra =
    spec.name === "name" ? data.serviceNames : spec.name === "type" ? data.serviceTypes : [];
  return quoted([...new Set([...extra, ...(data.keywordValues.get(spec.name) ?? [])])]);
}

const unquote = (s: string): string => (s.startsWith('"') ? s.slice(1) : s);

/** The word, number or string token the cursor is in or at the end of. */
function tokenAt(tokens: readonly FilterToken[], offset: number): FilterToken | undefined {
  return tokens.find(
    (t) =>
      t.from < offset &&
      offset <= t.to &&
      (t.kind === "word" || t.kind === "string" || t.kind === "number"),
  );
}

/**
 * Completion for an editor: the expected kinds of token at `offset` and candidates (keywords
 * valid in the current scope, operators for the keyword's type, values seen in `traces`, service
 * names, annotation keys). Never throws; offsets are clamped to the text.
 * @example completeFilter("service(", 8, { traces }).items // [{ label: '"api"', ... }, ...]
 */
export function completeFilter(
  text: string,
  offset: number,
  context: FilterCompletionContext = {},
): FilterCompletion {
  const at = Number.isFinite(offset)
    ? Math.max(0, Math.min(text.length, Math.floor(offset)))
    : text.length;
  const tokens = scanFilter(text).tokens;
  const current = tokenAt(tokens, at);
  const from = current?.from ?? at;
  const to = current?.to ?? at;
  const state = readCompletionState(tokens.filter((t) => t.kind !== "eof" && t.to <= from));
  const limit = Math.max(1, Math.floor(context.limit ?? 50));
  const data = context.traces === undefined ? EMPTY : collectCompletionData(context.traces, limit);
  const closers =
    state.open.length === 0
      ? []
      : [item(state.open[state.open.length - 1] === "(" ? ")" : "}", "punctuation")];
  const logical = [item("AND", "logical"), item("OR", "logical"), ...closers];
  let expected: FilterExpectation[];
  let items: FilterCompletionItem[];
  const mode = state.mode;
  switch (mode.kind) {
    case "term": {
      expected = ["term"];
      items = filterKeywords
        .filter((k) => isKeywordAllowed(k, state.scope))
        .map((k) => item(k.name, "keyword", k.description));
      if (state.scope.kind === "trace") {
        items.push(
          item("service()", "function", "a service node, optionally with { filter }", "service("),
          item("edge()", "function", "a connection between two services", "edge("),
          item("id()", "function", "a service by name, type and account", "id("),
          item("group.name", "keyword", "the trace matches a group's expression"),
          item("group.arn", "keyword", "the trace matches a group's expression"),
          ...ROOT_CAUSE_PATHS.map((p) => item(p, "keyword", "root causes of the trace")),
          item("annotation.", "annotation", "an annotation of the trace"),
          ...data.annotationKeys.map((k) => item(formatAnnotationName(k), "annotation")),
        );
      }
      items.push(item("!", "operator", "negation"), item("(", "punctuation"));
      break;
    }
    case "operator": {
      expected = ["operator", "logical"];
      const subject = mode.subject;
      const spec = subject.kind === "keyword" ? findFilterKeyword(subject.name) : undefined;
      const ops =
        subject.kind === "group" || subject.kind === "json"
          ? ["=", "!="]
          : spec !== undefined
            ? filterOperators[spec.type]
            : ALL_OPERATORS;
      items = [
        ...ops.map((op) => item(op, "operator")),
        ...(subject.kind === "keyword" || subject.kind === "annotation" ? logical : []),
      ];
      break;
    }
    case "value":
      expected = ["value"];
      items = subjectValues(mode.subject, data);
      break;
    case "after-term":
      expected = ["logical", ...(closers.length > 0 ? (["close"] as const) : [])];
      items = logical;
      break;
    case "after-call":
    case "rootcause-open":
      expected = mode.kind === "after-call" ? ["open-brace", "logical"] : ["open-brace"];
      items = [item("{", "punctuation"), ...(mode.kind === "after-call" ? logical : [])];
      break;
    case "open-call":
      expected = ["term"];
      items = [item("(", "punctuation")];
      break;
    case "ref":
      expected = ["service"];
      items = [
        ...quoted(data.serviceNames, "service"),
        item("id()", "function", "a service by name, type and account", "id("),
      ];
      break;
    case "after-ref":
      expected = ["close"];
      items =
        mode.edgeArgument === 0
          ? [item(",", "punctuation"), item(")", "punctuation")]
          : [item(")", "punctuation")];
      break;
    case "id-argument":
    case "id-colon":
      expected = ["id-argument"];
      items =
        mode.kind === "id-colon"
          ? [item(":", "punctuation")]
          : ["name:", "type:", "account.id:"].map((a) => item(a, "keyword"));
      break;
    case "id-value":
      expected = ["value"];
      items = quoted(
        mode.argument === "type"
          ? data.serviceTypes
          : mode.argument === "account.id"
            ? data.accounts
            : data.serviceNames,
        "service",
      );
      break;
    case "after-id-value":
      expected = ["close"];
      items = [item(",", "punctuation"), item(")", "punctuation")];
      break;
    case "annotation-open":
    case "annotation-key":
      expected = ["annotation-key"];
      items =
        mode.kind === "annotation-open"
          ? [item("[", "punctuation")]
          : quoted(data.annotationKeys, "annotation");
      break;
    case "annotation-close":
      expected = ["close"];
      items = [item("]", "punctuation")];
      break;
  }
  const typed = unquote(text.slice(from, at).toLowerCase());
  const matching =
    typed.length === 0
      ? items
      : items.filter((i) => unquote(i.label.toLowerCase()).startsWith(typed));
  return { from, to, expected, items: matching };
}
