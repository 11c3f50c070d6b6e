import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computeTimelineRows, createTimelineSearch } from "../../src/timeline/index";
import { traceFrom, webServiceDocuments } from "./support/buildTrace";

const rows = computeTimelineRows(traceFrom(webServiceDocuments(), { inferSegments: false }));
const ids = (matches: Int32Array) => Array.from(matches, (i) => rows.ids[i]);

describe("createTimelineSearch", () => {
  it("matches names case-insensitively, in row order, never group rows", () => {
    const s = createTimelineSearch(rows);
    // "worker" is a service (group row), a segment and part of a subsegment's name.
    expect(ids(s.search("WORKER"))).toEqual(["a000000000000004", "b000000000000001"]);
  });

  it("matches ids, HTTP status and URL, AWS operation, annotations and exceptions", () => {
    const s = createTimelineSearch(rows);
    expect(ids(s.search("b000000000000002"))).toEqual(["b000000000000002"]);
    expect(ids(s.search("getitem"))).toEqual(["a000000000000002"]);
    expect(ids(s.search("worker/run"))).toEqual(["a000000000000004"]);
    expect(ids(s.search("acme"))).toEqual(["b000000000000001"]);
    expect(ids(s.search("filenotfound"))).toEqual(["b000000000000002"]);
    expect(ids(s.search("missing.txt"))).toEqual(["b000000000000002"]);
    expect(s.search("500").length).toBe(3);
  });

  it("treats the query as text, not a pattern", () => {
    const s = createTimelineSearch(rows);
    expect(s.search(".*").length).toBe(0);
    expect(ids(s.search("missing.txt"))).toEqual(["b000000000000002"]);
  });

  it("matches nothing for an empty or blank query", () => {
    const s = createTimelineSearch(rows);
    expect(s.search("").length).toBe(0);
    expect(s.search("   ").length).toBe(0);
  });

  it("gives the same answer whether a query is typed letter by letter or at once", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "e", "o", "r", "p", "0", "5", " "), maxLength: 6 }),
        (q) => {
          const typed = createTimelineSearch(rows);
          let last: Int32Array = new Int32Array(0);
          for (let k = 1; k <= q.length; k++) last = typed.search(q.slice(0, k));
          const fresh = createTimelineSearch(rows).search(q);
          expect(Array.from(last)).toEqual(Array.from(q.length === 0 ? new Int32Array(0) : fresh));
        },
      ),
      { numRuns: 200 },
    );
  });
});
