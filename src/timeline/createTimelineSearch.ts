import type { Entity, TraceNode } from "../model/index";
import type { TimelineRows } from "./TimelineRows";

/** Text search over a trace's rows, remembering its last answer. */
export interface TimelineSearch {
  /**
   * Rows (indices, increasing) whose node matches `query`, case-insensitively, in its name, id,
   * origin, namespace, HTTP method, URL or status, AWS operation or table, annotation keys and
   * values, or exception types and messages. Group rows never match. An empty query matches none.
   */
  readonly search: (query: string) => Int32Array;
}

const EMPTY = new Int32Array(0);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function test(re: RegExp, value: unknown): boolean {
  if (typeof value === "string") return re.test(value);
  if (typeof value === "number" || typeof value === "boolean") return re.test(String(value));
  return false;
}

function entityMatches(re: RegExp, e: Entity): boolean {
  const http = e.http;
  if (http !== undefined && http !== null) {
    const req = http.request;
    if (req && (test(re, req.url) || test(re, req.method))) return true;
    if (http.response && test(re, http.response.status)) return true;
  }
  const aws = e.aws;
  if (aws && (test(re, aws.operation) || test(re, aws.table_name))) return true;
  const annotations = e.annotations;
  if (annotations !== undefined && annotations !== null && typeof annotations === "object") {
    for (const key of Object.keys(annotations)) {
      if (re.test(key) || test(re, Object.hasOwn(annotations, key) ? annotations[key] : undefined))
        return true;
    }
  }
  const cause = e.cause;
  if (cause !== undefined && cause !== null && typeof cause === "object") {
    const exceptions = cause.exceptions;
    if (Array.isArray(exceptions)) {
      for (const ex of exceptions)
        if (ex && (test(re, ex.type) || test(re, ex.message))) return true;
    }
  }
  return false;
}

function nodeMatches(re: RegExp, node: TraceNode): boolean {
  return (
    re.test(node.name) ||
    re.test(node.id) ||
    test(re, node.origin) ||
    test(re, node.namespace) ||
    entityMatches(re, node.entity)
  );
}

/**
 * Creates a search over `rows`. A query that extends the previous one (typing more letters) only
 * re-tests the previous matches, so typing costs one full pass and then shrinking ones.
 * @example
 * const s = createTimelineSearch(rows);
 * s.search("dynamodb").length; // the match count
 */
export function createTimelineSearch(rows: TimelineRows): TimelineSearch {
  let lastQuery = "";
  let lastMatches: Int32Array = EMPTY;
  const search = (query: string): Int32Array => {
    const q = query.trim().toLowerCase();
    if (q === "") return EMPTY;
    if (q === lastQuery) return lastMatches;
    const re = new RegExp(escapeRegExp(q), "i");
    const narrowing = lastQuery !== "" && q.includes(lastQuery);
    const out: number[] = [];
    if (narrowing) {
      for (const i of lastMatches) if (nodeMatches(re, rows.nodes[i]!)) out.push(i);
    } else {
      const { count, nodes } = rows;
      for (let i = 0; i < count; i++) {
        const node = nodes[i];
        if (node !== null && nodeMatches(re, node)) out.push(i);
      }
    }
    lastQuery = q;
    lastMatches = Int32Array.from(out);
    return lastMatches;
  };
  return Object.freeze({ search });
}
