import type { Entity, TraceNode } from "../model/index";

/** A value read from a trace, a node or a root cause: one value, several (any may match), or none. */
export type FilterFieldValue = string | number | boolean | readonly string[] | undefined;

/** `value` if it is a string, else undefined (trace data is untrusted). */
export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** `value` if it is a finite number, else undefined. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The strings `pick` returns for each element of `items` (skipping the rest); [] if not an array. */
export function collectStrings<T>(
  items: readonly T[] | undefined,
  pick: (item: T) => unknown,
): readonly string[] {
  if (!Array.isArray(items)) return [];
  const out: string[] = [];
  for (const item of items) {
    if (item === null || item === undefined) continue;
    const value = pick(item);
    if (typeof value === "string") out.push(value);
  }
  return out;
}

/** Rounds a duration in seconds to microseconds, so `responsetime = 0.3` matches 0.3 s. */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e6;
}

/** End − start of a node in seconds (rounded to µs), undefined while in progress. */
export function nodeSeconds(node: TraceNode): number | undefined {
  const end = node.endTime;
  return typeof end === "number" && typeof node.startTime === "number"
    ? roundSeconds(end - node.startTime)
    : undefined;
}

/** The `http.request` field `key` of an entity, when it is a string. */
export function httpRequestField(entity: Entity, key: string): string | undefined {
  const request = (entity.http as { request?: Record<string, unknown> } | undefined)?.request;
  return request !== null && typeof request === "object" && Object.hasOwn(request, key)
    ? asString(request[key])
    : undefined;
}

/** Messages of the exceptions recorded in an entity's `cause` object. */
export function exceptionMessages(entity: Entity): readonly string[] {
  const cause = entity.cause;
  if (cause === null || typeof cause !== "object") return [];
  return collectStrings(cause.exceptions, (e) => e.message);
}

/** The `aws` object of the node's segment (service-level properties), or undefined. */
export function segmentAws(node: TraceNode): Record<string, unknown> | undefined {
  const aws = node.segment?.entity?.aws;
  return aws !== null && typeof aws === "object" ? (aws as Record<string, unknown>) : undefined;
}

/** `obj[a][b]` of a parsed object when both are own properties, else undefined. */
export function ownPath(obj: unknown, a: string, b: string): unknown {
  if (obj === null || typeof obj !== "object" || !Object.hasOwn(obj, a)) return undefined;
  const inner = (obj as Record<string, unknown>)[a];
  if (inner === null || typeof inner !== "object" || !Object.hasOwn(inner, b)) return undefined;
  return (inner as Record<string, unknown>)[b];
}
