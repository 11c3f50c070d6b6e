import { describeToken, type FilterCursor } from "./FilterCursor";
import type {
  FilterNode,
  FilterOperatorSpan,
  FilterText,
  FilterValue,
  ServiceIdRef,
  ServiceRef,
} from "./FilterNode";
import {
  expectClose,
  parseBody,
  parseEqualityOperator,
  parseOperator,
  parseText,
  type ParseContents,
} from "./parseFilterParts";
import { parseRootCauseTerm } from "./parseRootCauseTerm";
import { suggestClosest } from "./suggestClosest";

const ID_ARGUMENTS = ["name", "type", "account.id"] as const;

/** Parses one term; the current token is a word that can start a term. */
export function parseFilterTerm(c: FilterCursor, parseContents: ParseContents): FilterNode | null {
  const t = c.token;
  const lower = t.value.toLowerCase();
  if (lower === "service" || lower === "edge" || lower === "id") {
    if (c.peek().kind !== "(") {
      c.advance();
      c.report(
        "expected-open-paren",
        `expected '(' after ${lower}`,
        t.to,
        t.to,
        `write ${lower}(...)`,
      );
      if (c.token.kind === "string") c.advance();
      return null;
    }
    if (lower === "id") {
      const ref = parseIdRef(c);
      return ref === null ? null : { kind: "id", ref, from: ref.from, to: ref.to };
    }
    return lower === "service" ? parseService(c, parseContents) : parseEdge(c, parseContents);
  }
  if (lower === "rootcause" || lower.startsWith("rootcause.")) {
    return parseRootCauseTerm(c, parseContents);
  }
  if (lower === "group.name" || lower === "group.arn") {
    c.advance();
    const operator = parseEqualityOperator(c, t);
    if (operator === null) return null;
    const value = parseText(c, `after ${lower} ${operator.op}`);
    if (value === null) return null;
    const attribute = lower === "group.name" ? "name" : "arn";
    return { kind: "group", attribute, operator, value, from: t.from, to: value.to };
  }
  if (lower === "annotation" || lower.startsWith("annotation.")) return parseAnnotation(c);
  c.advance();
  const { operator, value } = parseComparison(c);
  const keyword = { text: lower, from: t.from, to: t.to };
  return { kind: "keyword", keyword, operator, value, from: t.from, to: value?.to ?? t.to };
}

function parseValue(c: FilterCursor): FilterValue | null {
  const t = c.token;
  if (t.kind === "string") {
    c.advance();
    return { type: "string", value: t.value, from: t.from, to: t.to };
  }
  if (t.kind === "number") {
    c.advance();
    const value = Number(t.value);
    if (!Number.isFinite(value)) {
      c.report("expected-value", `number ${t.value} is out of range`, t.from, t.to);
      return null;
    }
    return { type: "number", value, from: t.from, to: t.to };
  }
  if (t.kind === "word" && c.canStartTerm()) {
    c.advance();
    const upper = t.value.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") {
      return { type: "boolean", value: upper === "TRUE", from: t.from, to: t.to };
    }
    return { type: "string", value: t.value, from: t.from, to: t.to };
  }
  return null;
}

function parseComparison(c: FilterCursor): {
  operator: FilterOperatorSpan | null;
  value: FilterValue | null;
} {
  const operator = parseOperator(c);
  if (operator === null) return { operator: null, value: null };
  const before = c.pos;
  const value = parseValue(c);
  if (value === null) {
    const t = c.token;
    if (c.pos === before) {
      c.report(
        "expected-value",
        `expected a value after ${operator.op}, found ${describeToken(t)}`,
        t.from,
        t.to,
      );
    }
    return { operator: null, value: null };
  }
  return { operator, value };
}

function parseAnnotation(c: FilterCursor): FilterNode | null {
  const t = c.advance();
  let key: FilterText | null = null;
  let end = t.to;
  if (t.value.length > "annotation.".length) {
    key = { value: t.value.slice("annotation.".length), from: t.from + 11, to: t.to };
  } else if (t.value.length === "annotation".length && c.token.kind === "[") {
    c.advance();
    const k = c.token;
    if (k.kind === "string") {
      c.advance();
      key = { value: k.value, from: k.from, to: k.to };
    } else if (k.kind === "word" || k.kind === "number") {
      c.advance();
      key = { value: k.value, from: k.from, to: k.to };
      c.report(
        "missing-annotation-key",
        "annotation keys in brackets are quoted",
        k.from,
        k.to,
        `write annotation["${k.value}"]`,
      );
    } else {
      c.report(
        "missing-annotation-key",
        `expected a quoted key after 'annotation[', found ${describeToken(k)}`,
        k.from,
        k.to,
        'write annotation["key"]',
      );
    }
    end = c.previousEnd;
    const close = c.peek(0);
    if (close.kind === "]") end = c.advance().to;
    else if (key !== null)
      c.report(
        "unexpected-token",
        `expected ']', found ${describeToken(close)}`,
        close.from,
        close.to,
      );
    if (key === null) return null;
  } else {
    c.report(
      "missing-annotation-key",
      "missing annotation key",
      t.from,
      t.to,
      'write annotation.key or annotation["dotted.key"]',
    );
    return null;
  }
  const { operator, value } = parseComparison(c);
  const name = { text: key.value, from: key.from, to: key.to };
  return { kind: "annotation", key: name, operator, value, from: t.from, to: value?.to ?? end };
}

function parseService(c: FilterCursor, parseContents: ParseContents): FilterNode | null {
  const kw = c.advance();
  c.advance(); // (
  const ref = c.token.kind === ")" ? null : parseRef(c);
  let to = expectClose(c, ")", "service(...)");
  let body: FilterNode | null = null;
  if (c.token.kind === "{") ({ body, to } = parseBody(c, parseContents));
  return { kind: "service", ref, body, from: kw.from, to };
}

function parseEdge(c: FilterCursor, parseContents: ParseContents): FilterNode | null {
  const kw = c.advance();
  c.advance(); // (
  const source = parseRef(c);
  let target: ServiceRef | null = null;
  if (c.token.kind === ",") {
    c.advance();
    target = parseRef(c);
  } else if (source !== null) {
    c.report(
      "edge-arity",
      "edge() needs two services: edge(source, destination)",
      kw.from,
      c.token.to,
    );
  }
  if (c.token.kind === ",") {
    const extra = c.token;
    while (!["eof", ")", "{", "}"].includes(c.token.kind)) c.advance();
    c.report("edge-arity", "edge() takes exactly two services", extra.from, c.previousEnd);
  }
  let to = expectClose(c, ")", "edge(...)");
  let body: FilterNode | null = null;
  if (c.token.kind === "{") ({ body, to } = parseBody(c, parseContents));
  if (source === null || target === null) return null;
  return { kind: "edge", source, target, body, from: kw.from, to };
}

function parseRef(c: FilterCursor): ServiceRef | null {
  const t = c.token;
  if (t.kind === "word" && t.value.toLowerCase() === "id" && c.peek().kind === "(") {
    return parseIdRef(c);
  }
  if (t.kind === "string" || (t.kind === "word" && c.canStartTerm())) {
    c.advance();
    return { kind: "name", name: t.value, from: t.from, to: t.to };
  }
  c.report(
    "expected-service",
    `expected a service name or id(...), found ${describeToken(t)}`,
    t.from,
    t.to,
  );
  return null;
}

function parseIdRef(c: FilterCursor): ServiceIdRef | null {
  const kw = c.advance();
  c.advance(); // (
  const args: Record<(typeof ID_ARGUMENTS)[number], FilterText | null> = {
    name: null,
    type: null,
    "account.id": null,
  };
  let broken = false;
  while (c.token.kind !== ")" && c.token.kind !== "eof" && c.token.kind !== "{") {
    const arg = c.token;
    if (arg.kind !== "word") {
      c.report(
        "invalid-id-argument",
        `expected name:, type: or account.id:, found ${describeToken(arg)}`,
        arg.from,
        arg.to,
      );
      broken = true;
      break;
    }
    c.advance();
    if (c.token.kind === ":") c.advance();
    else
      c.report(
        "unexpected-token",
        `expected ':' after ${arg.value}, found ${describeToken(c.token)}`,
        c.token.from,
        c.token.to,
      );
    const value = parseText(c, `for ${arg.value}:`);
    const key = arg.value.toLowerCase() as (typeof ID_ARGUMENTS)[number];
    if (!ID_ARGUMENTS.includes(key)) {
      const hint = suggestIdArgument(key);
      c.report(
        "invalid-id-argument",
        `unknown id() argument '${arg.value}'`,
        arg.from,
        arg.to,
        hint,
      );
      broken = true;
    } else if (args[key] !== null) {
      c.report("duplicate-id-argument", `${key} is given twice`, arg.from, arg.to);
      broken = true;
    } else if (value !== null) {
      args[key] = value;
    } else {
      broken = true;
    }
    if (c.token.kind !== ",") break;
    c.advance();
  }
  const to = expectClose(c, ")", "id(...)");
  if (!broken && args.name === null && args.type === null && args["account.id"] === null) {
    c.report("empty-id", "id() needs at least one of name:, type:, account.id:", kw.from, to);
    return null;
  }
  if (broken) return null;
  return {
    kind: "id",
    name: args.name,
    type: args.type,
    accountId: args["account.id"],
    from: kw.from,
    to,
  };
}

function suggestIdArgument(key: string): string {
  const known = suggestClosest(key, ID_ARGUMENTS);
  return known === undefined ? "use name:, type: or account.id:" : `did you mean '${known}:'?`;
}
