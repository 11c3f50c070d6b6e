/**
 * Checks shared by the sample tests: a structural validity check of generated segment documents
 * (xray-model.md §1), independent of src/formats, and helpers to walk and group documents.
 */
import type { Entity, SegmentDocument } from "../../src/model/index";

export const ID = /^[0-9a-f]{16}$/;
export const TRACE_ID = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;
const NAME = /^[\p{L}\p{N}\s_.:/%&#=+\\\-@]{1,200}$/u;

/** Every entity of a document (the document itself first), iteratively. */
export function entitiesOf(doc: Entity): Entity[] {
  const out: Entity[] = [];
  const stack: Entity[] = [doc];
  while (stack.length > 0) {
    const e = stack.pop()!;
    out.push(e);
    const subs = e.subsegments ?? [];
    for (let i = subs.length - 1; i >= 0; i--) stack.push(subs[i]);
  }
  return out;
}

/** Documents grouped by trace id, in first-seen order. */
export function groupByTrace(docs: Iterable<SegmentDocument>): Map<string, SegmentDocument[]> {
  const byTrace = new Map<string, SegmentDocument[]>();
  for (const d of docs) {
    const list = byTrace.get(d.trace_id);
    if (list === undefined) byTrace.set(d.trace_id, [d]);
    else list.push(d);
  }
  return byTrace;
}

function checkTime(value: unknown, where: string, problems: string[]): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    problems.push(`${where}: not a finite number`);
    return;
  }
  const text = JSON.stringify(value);
  if (/e/i.test(text)) problems.push(`${where}: E-notation ${text}`);
  if (Math.abs(Math.round(value * 1e6) / 1e6 - value) > 1e-9) {
    problems.push(`${where}: finer than microseconds ${text}`);
  }
  if (value < 1e9 || value > 4e9) problems.push(`${where}: not epoch seconds ${text}`);
}

function checkStatusFlags(e: Entity, where: string, problems: string[]): void {
  const status = e.http?.response?.status;
  if (status === undefined) return;
  if (!Number.isInteger(status)) problems.push(`${where}: status ${status}`);
  const expect = {
    error: status >= 400 && status < 500,
    throttle: status === 429,
    fault: status >= 500,
  };
  for (const flag of ["error", "throttle", "fault"] as const) {
    if ((e[flag] === true) !== expect[flag]) {
      problems.push(`${where}: ${flag}=${String(e[flag])} with status ${status}`);
    }
  }
}

function checkEntity(e: Entity, where: string, problems: string[]): void {
  if (typeof e.id !== "string" || !ID.test(e.id)) problems.push(`${where}: bad id ${e.id}`);
  if (typeof e.name !== "string" || !NAME.test(e.name))
    problems.push(`${where}: bad name ${e.name}`);
  checkTime(e.start_time, `${where}.start_time`, problems);
  if (e.in_progress === true) {
    if (e.end_time !== undefined) problems.push(`${where}: in progress with end_time`);
  } else {
    checkTime(e.end_time, `${where}.end_time`, problems);
    if (typeof e.end_time === "number" && e.end_time < e.start_time) {
      problems.push(`${where}: end before start`);
    }
  }
  if (e.namespace !== undefined && e.namespace !== "aws" && e.namespace !== "remote") {
    problems.push(`${where}: namespace ${String(e.namespace)}`);
  }
  checkStatusFlags(e, where, problems);
  if (typeof e.cause === "string" && !ID.test(e.cause)) problems.push(`${where}: cause ${e.cause}`);
  if (typeof e.cause === "object") {
    for (const x of e.cause.exceptions ?? []) {
      if (!ID.test(x.id)) problems.push(`${where}: exception id ${x.id}`);
      if (!Array.isArray(x.stack) || x.stack.length === 0)
        problems.push(`${where}: exception without stack`);
    }
  }
  for (const key of Object.keys(e.annotations ?? {})) {
    const value = e.annotations![key];
    if (!/^[A-Za-z0-9_.]+$/.test(key)) problems.push(`${where}: annotation key ${key}`);
    if (!["string", "number", "boolean"].includes(typeof value)) {
      problems.push(`${where}: annotation ${key} of type ${typeof value}`);
    }
  }
}

/** The problems of one document; empty when it is valid. */
export function checkDocument(doc: SegmentDocument): string[] {
  const problems: string[] = [];
  if (typeof doc.trace_id !== "string" || !TRACE_ID.test(doc.trace_id)) {
    problems.push(`bad trace_id ${doc.trace_id}`);
  }
  if (doc.parent_id !== undefined && !ID.test(doc.parent_id)) problems.push("bad parent_id");
  if (doc.type === "subsegment" && doc.parent_id === undefined) {
    problems.push("independent subsegment without parent_id");
  }
  const stack: [Entity, string][] = [[doc, "$"]];
  while (stack.length > 0) {
    const [e, where] = stack.pop()!;
    checkEntity(e, where, problems);
    (e.subsegments ?? []).forEach((s, i) => stack.push([s, `${where}.subsegments[${i}]`]));
  }
  return problems;
}

/** Exception ids recorded anywhere in the documents. */
export function exceptionIds(docs: readonly SegmentDocument[]): Set<string> {
  const ids = new Set<string>();
  for (const d of docs) {
    for (const e of entitiesOf(d)) {
      if (typeof e.cause === "object") for (const x of e.cause.exceptions ?? []) ids.add(x.id);
    }
  }
  return ids;
}

/** The q-quantile of sorted values (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
