/** Builders of valid documents and the reader invariant, shared by the reader tests. */
import { expect } from "vitest";
import type { ReadSegmentDocumentsResult } from "../../src/formats/ReadSegmentDocumentsResult";

export const TRACE_ID = "1-58406520-a006649127e371903a2de979";

/** A 16-hex id from a small number, e.g. hexId(1) = "0000000000000001". */
export function hexId(n: number): string {
  return n.toString(16).padStart(16, "0");
}

/** A complete, valid segment document; `fields` are added or override. */
export function segmentDoc(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "web",
    id: "70de5b6f19ff9a0b",
    trace_id: TRACE_ID,
    start_time: 1480615200.01,
    end_time: 1480615200.09,
    ...fields,
  };
}

/** A complete, valid embedded subsegment. */
export function subsegmentDoc(
  n: number,
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    name: `sub${n}`,
    id: hexId(n),
    start_time: 1480615200.02,
    end_time: 1480615200.03,
    ...fields,
  };
}

/** A chain of `depth` nested subsegments under a segment, built without recursion. */
export function deepChain(depth: number): Record<string, unknown> {
  const root = segmentDoc();
  let parent = root;
  for (let i = 1; i <= depth; i++) {
    const child = subsegmentDoc(i);
    parent.subsegments = [child];
    parent = child;
  }
  return root;
}

/** Walks `subsegments[0]` links down from `root` and returns the number of levels. */
export function chainDepth(root: unknown): number {
  let depth = 0;
  let node = root as { subsegments?: unknown[] };
  while (Array.isArray(node.subsegments) && node.subsegments.length > 0) {
    node = node.subsegments[0] as { subsegments?: unknown[] };
    depth++;
  }
  return depth;
}

/** Input indices named by error diagnostics (the rejected documents). */
export function rejectedIndices(result: ReadSegmentDocumentsResult): Set<number> {
  const rejected = new Set<number>();
  for (const d of result.diagnostics) {
    if (d.severity === "error" && d.documentIndex >= 0) rejected.add(d.documentIndex);
  }
  return rejected;
}

/**
 * The reader's invariant: every input document is accepted or named by an error, never both,
 * and accepted + rejected = inputCount.
 */
export function expectEveryDocumentAccounted(result: ReadSegmentDocumentsResult): void {
  const rejected = rejectedIndices(result);
  expect(result.documents.length).toBe(result.documentIndices.length);
  expect(result.documentLocations.length).toBe(result.documents.length);
  expect(result.documents.length + rejected.size).toBe(result.inputCount);
  for (const index of result.documentIndices) {
    expect(rejected.has(index)).toBe(false);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(result.inputCount);
  }
  for (const index of rejected) expect(index).toBeLessThan(result.inputCount);
  for (let i = 1; i < result.documentIndices.length; i++) {
    expect(result.documentIndices[i]).toBeGreaterThan(result.documentIndices[i - 1]);
  }
}

/** Freezes a JSON value and everything in it (iteratively), so a mutation would throw. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "object" && item !== null && !Object.isFrozen(item)) {
      Object.freeze(item);
      for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
    }
  }
  return value;
}
