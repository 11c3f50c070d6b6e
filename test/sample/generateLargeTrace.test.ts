import { describe, expect, it } from "vitest";
import type { SegmentDocument } from "../../src/model/index";
import { readSegmentDocuments } from "../../src/formats/index";
import { CHAIN_LEVELS_PER_DOCUMENT } from "../../src/sample/buildChainDocuments";
import { generateLargeTrace } from "../../src/sample/generateLargeTrace";
import { checkDocument, entitiesOf } from "./documentChecks";

/** Depth of the deepest entity when documents are linked through parent_id (iterative). */
function linkedDepth(docs: readonly SegmentDocument[]): number {
  const parent = new Map<string, string | undefined>();
  for (const d of docs) {
    const stack: [typeof d, string | undefined][] = [[d, d.parent_id]];
    while (stack.length > 0) {
      const [e, p] = stack.pop()!;
      parent.set(e.id, p);
      for (const s of e.subsegments ?? []) stack.push([s as typeof d, e.id]);
    }
  }
  const depth = new Map<string, number>();
  let max = 0;
  for (const id of parent.keys()) {
    const path: string[] = [];
    let at: string | undefined = id;
    while (at !== undefined && !depth.has(at)) {
      path.push(at);
      at = parent.get(at);
    }
    let d = at === undefined ? -1 : depth.get(at)!;
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i], ++d);
    max = Math.max(max, d);
  }
  return max;
}

function nesting(doc: SegmentDocument): number {
  let max = 0;
  const stack: [typeof doc, number][] = [[doc, 1]];
  while (stack.length > 0) {
    const [e, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const s of e.subsegments ?? []) stack.push([s as typeof doc, d + 1]);
  }
  return max;
}

describe("generateLargeTrace", () => {
  it.each(["wide", "deep", "mixed"] as const)(
    "%s gives exactly the requested number of entities in one trace, every parent present",
    (shape) => {
      const docs = generateLargeTrace({ entities: 10_000, shape });
      expect(new Set(docs.map((d) => d.trace_id)).size).toBe(1);
      const entities = docs.flatMap((d) => entitiesOf(d));
      expect(entities).toHaveLength(10_000);
      const ids = new Set(entities.map((e) => e.id));
      expect(ids.size).toBe(10_000);
      for (const d of docs) if (d.parent_id !== undefined) expect(ids.has(d.parent_id)).toBe(true);
      expect(docs.filter((d) => d.parent_id === undefined)).toHaveLength(1);
      expect(docs.flatMap(checkDocument).slice(0, 5)).toEqual([]);
    },
  );

  it.each(["wide", "deep", "mixed"] as const)(
    "%s documents pass the reader without errors",
    (shape) => {
      const docs = generateLargeTrace({ entities: 3000, shape, seed: 2 });
      const read = readSegmentDocuments(docs);
      expect(read.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(read.documents).toHaveLength(docs.length);
    },
  );

  it("deep: a 100,000-level chain sent in documents of bounded nesting", () => {
    const docs = generateLargeTrace({ entities: 100_000, shape: "deep" });
    expect(linkedDepth(docs)).toBeGreaterThanOrEqual(100_000 - 3);
    for (const d of docs) expect(nesting(d)).toBeLessThanOrEqual(CHAIN_LEVELS_PER_DOCUMENT + 1);
    const text = JSON.stringify(docs);
    expect((JSON.parse(text) as unknown[]).length).toBe(docs.length);
  });

  it("wide: fans out over many worker segments, mostly shallow", () => {
    const docs = generateLargeTrace({ entities: 20_000, shape: "wide" });
    const workers = docs.filter((d) => d.type === undefined && /^index-worker-/.test(d.name));
    expect(workers.length).toBeGreaterThan(500);
    expect(new Set(workers.map((w) => w.name)).size).toBeGreaterThan(5);
    expect(linkedDepth(docs)).toBeLessThan(10);
  });

  it("mixed: has both worker fan-out and chains deeper than 100 levels", () => {
    const docs = generateLargeTrace({ entities: 20_000, shape: "mixed" });
    expect(
      docs.filter((d) => /^index-worker-/.test(d.name) && d.type === undefined).length,
    ).toBeGreaterThan(100);
    expect(linkedDepth(docs)).toBeGreaterThan(100);
  });

  it("keeps every entity inside a sane time window with start <= end", () => {
    const docs = generateLargeTrace({ entities: 10_000, shape: "mixed", startTime: 1_650_000_000 });
    const outside = docs
      .flatMap((d) => entitiesOf(d))
      .filter(
        (e) =>
          e.start_time < 1_650_000_000 ||
          e.end_time! < e.start_time ||
          e.end_time! > 1_650_000_000 + 60,
      );
    expect(outside).toEqual([]);
  });

  it("is deterministic per seed", () => {
    const a = JSON.stringify(generateLargeTrace({ entities: 2000, seed: 5, shape: "mixed" }));
    expect(JSON.stringify(generateLargeTrace({ entities: 2000, seed: 5, shape: "mixed" }))).toBe(a);
    expect(
      JSON.stringify(generateLargeTrace({ entities: 2000, seed: 6, shape: "mixed" })),
    ).not.toBe(a);
  });

  it("rejects fewer than three entities as a programmer error", () => {
    expect(() => generateLargeTrace({ entities: 2 })).toThrow(RangeError);
    expect(() => generateLargeTrace({ entities: 10.5 })).toThrow(RangeError);
  });
});
