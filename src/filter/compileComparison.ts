import type { AnnotationValue, ValueWithServiceIds } from "../model/index";
import type { FilterOperatorSpan, FilterValue } from "./FilterNode";
import type { FilterFieldValue } from "./readField";

/** A test on a value read from the data: missing values never match. */
export type FieldTest = (value: FilterFieldValue) => boolean;

type Scalar = string | number | boolean;

function scalarTest(op: FilterOperatorSpan["op"], literal: Scalar): (x: Scalar) => boolean {
  switch (op) {
    case "=":
    case "!=":
      return (x) => x === literal;
    case "<":
      return (x) => typeof x === "number" && x < (literal as number);
    case "<=":
      return (x) => typeof x === "number" && x <= (literal as number);
    case ">":
      return (x) => typeof x === "number" && x > (literal as number);
    case ">=":
      return (x) => typeof x === "number" && x >= (literal as number);
    case "CONTAINS":
      return (x) => typeof x === "string" && x.includes(literal as string);
    case "BEGINSWITH":
      return (x) => typeof x === "string" && x.startsWith(literal as string);
    case "ENDSWITH":
      return (x) => typeof x === "string" && x.endsWith(literal as string);
  }
}

/** Number fields are never lists: one closure per operator, no list handling. */
function numberTest(op: FilterOperatorSpan["op"], n: number): FieldTest {
  switch (op) {
    case "=":
      return (v) => v === n;
    case "!=":
      return (v) => typeof v === "number" && v !== n;
    case "<":
      return (v) => typeof v === "number" && v < n;
    case "<=":
      return (v) => typeof v === "number" && v <= n;
    case ">":
      return (v) => typeof v === "number" && v > n;
    case ">=":
      return (v) => typeof v === "number" && v >= n;
    default:
      return () => false;
  }
}

/**
 * The test for `keyword [op value]`. Bare: a boolean keyword must be true, any other must be set
 * (a list must be non-empty). Lists (users, availability zones, ...) match when any element
 * matches, except `!=`, which matches when the field is set and no element equals the value.
 */
export function compileComparison(
  operator: FilterOperatorSpan | null,
  value: FilterValue | null,
  isBoolean: boolean,
): FieldTest {
  if (operator === null || value === null) {
    return isBoolean
      ? (v) => v === true
      : (v) => v !== undefined && (!Array.isArray(v) || v.length > 0);
  }
  const literal = value.value;
  if (typeof literal === "number") return numberTest(operator.op, literal);
  if (typeof literal === "boolean") {
    return operator.op === "!="
      ? (v) => typeof v === "boolean" && v !== literal
      : (v) => v === literal;
  }
  if (operator.op === "!=") {
    return (v) => {
      if (v === undefined) return false;
      if (Array.isArray(v)) return v.length > 0 && !v.includes(literal as string);
      return v !== literal;
    };
  }
  const test = scalarTest(operator.op, literal);
  return (v) => {
    if (v === undefined) return false;
    if (!Array.isArray(v)) return test(v as Scalar);
    for (const x of v as readonly string[]) if (test(x)) return true;
    return false;
  };
}

/** The value of one summary annotation entry, or undefined when it holds none. */
function entryValue(entry: ValueWithServiceIds | null | undefined): AnnotationValue | undefined {
  const v = entry?.AnnotationValue;
  if (v === null || typeof v !== "object") return undefined;
  if (typeof v.StringValue === "string") return v.StringValue;
  if (typeof v.NumberValue === "number") return v.NumberValue;
  if (typeof v.BooleanValue === "boolean") return v.BooleanValue;
  return undefined;
}

/** A test on the values of one annotation key (summary entries or a node's single value). */
export interface AnnotationTest {
  /** Over a summary's `Annotations[key]` entries (not read when the key is absent). */
  readonly entries: (entries: unknown) => boolean;
  /** On one node's value (undefined = absent). */
  readonly single: (value: AnnotationValue | undefined) => boolean;
}

/**
 * The test for `annotation.KEY [op value]`: bare = set; `!=` = set and no value equals; other
 * operators = some value of the literal's type satisfies it (a string never equals a number).
 */
export function compileAnnotationComparison(
  operator: FilterOperatorSpan | null,
  value: FilterValue | null,
): AnnotationTest {
  const negated = operator?.op === "!=";
  const test = operator === null || value === null ? null : scalarTest(operator.op, value.value);
  const single = (v: AnnotationValue | undefined): boolean =>
    v !== undefined && (test === null || (negated ? !test(v) : test(v)));
  const entries = (list: unknown): boolean => {
    if (!Array.isArray(list)) return false;
    let present = false;
    for (const entry of list as readonly ValueWithServiceIds[]) {
      const v = entryValue(entry);
      if (v === undefined) continue;
      present = true;
      if (test === null) return true;
      if (test(v)) {
        if (!negated) return true;
        return false;
      }
    }
    return negated && present;
  };
  return { entries, single };
}
