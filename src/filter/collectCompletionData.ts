import type { Trace } from "../model/index";
import { annotationKeyword } from "./annotationKeyword";
import { filterKeywords } from "./filterKeywords";
import { asString, segmentAws } from "./readField";

/** Values seen in a set of traces, most frequent first, for completion candidates. */
export interface CompletionData {
  readonly serviceNames: readonly string[];
  readonly serviceTypes: readonly string[];
  readonly accounts: readonly string[];
  readonly annotationKeys: readonly string[];
  /** Annotation key → its values (strings, numbers, booleans). */
  readonly annotationValues: ReadonlyMap<string, readonly (string | number | boolean)[]>;
  /** Simple keyword → values its trace-level reader returns. */
  readonly keywordValues: ReadonlyMap<string, readonly (string | number)[]>;
}

class Counter<T> {
  private readonly counts = new Map<T, number>();
  add(value: T): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }
  top(limit: number): T[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
      .slice(0, limit)
      .map(([v]) => v);
  }
}

const cache = new WeakMap<readonly Trace[], Map<number, CompletionData>>();

/** How many traces are scanned at most (completion must stay interactive). */
export const COMPLETION_SCAN_LIMIT = 5_000;

/**
 * Collects candidate values from (at most the first COMPLETION_SCAN_LIMIT) traces, cached per
 * array so that completing on every keystroke does not rescan: service names, types and
 * accounts from the service nodes; annotation keys and values and every keyword's values from
 * the summaries through the keyword table's readers.
 */
export function collectCompletionData(traces: readonly Trace[], limit: number): CompletionData {
  let byLimit = cache.get(traces);
  const cached = byLimit?.get(limit);
  if (cached !== undefined) return cached;
  const names = new Counter<string>();
  const types = new Counter<string>();
  const accounts = new Counter<string>();
  const keys = new Counter<string>();
  const annotationValues = new Map<string, Counter<string | number | boolean>>();
  const keywordValues = new Map<string, Counter<string | number>>();
  const readers = filterKeywords.filter((k) => k.type !== "boolean" && k.summary !== undefined);
  for (const trace of traces.slice(0, COMPLETION_SCAN_LIMIT)) {
    for (const node of trace.segments ?? []) {
      if (typeof node.name === "string") names.add(node.name);
      if (typeof node.origin === "string") types.add(node.origin);
      const account = asString(segmentAws(node)?.account_id);
      if (account !== undefined) accounts.add(account);
    }
    const summary = trace.summary;
    if (summary === null || typeof summary !== "object") continue;
    const all = summary.Annotations;
    if (all !== null && typeof all === "object") {
      for (const key of Object.keys(all)) {
        keys.add(key);
        let counter = annotationValues.get(key);
        if (counter === undefined) annotationValues.set(key, (counter = new Counter()));
        for (const v of annotationKeyword.summary(summary, key) ?? []) counter.add(v);
      }
    }
    for (const spec of readers) {
      const value = spec.summary!(summary);
      let counter = keywordValues.get(spec.name);
      if (counter === undefined) keywordValues.set(spec.name, (counter = new Counter()));
      if (Array.isArray(value)) for (const v of value) counter.add(v);
      else if (typeof value === "string" || typeof value === "number") counter.add(value);
    }
  }
  const data: CompletionData = {
    serviceNames: names.top(limit),
    serviceTypes: types.top(limit),
    accounts: accounts.top(limit),
    annotationKeys: keys.top(limit),
    annotationValues: new Map([...annotationValues].map(([k, c]) => [k, c.top(limit)])),
    keywordValues: new Map([...keywordValues].map(([k, c]) => [k, c.top(limit)])),
  };
  if (byLimit === undefined) cache.set(traces, (byLimit = new Map()));
  byLimit.set(limit, data);
  return data;
}
