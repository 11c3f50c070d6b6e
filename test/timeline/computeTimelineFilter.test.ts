import { describe, expect, it } from "vitest";
import { computeTimelineFilter, computeTimelineRows } from "../../src/timeline/index";
import { traceFrom, webServiceDocuments } from "./support/buildTrace";

describe("computeTimelineFilter", () => {
  const rows = computeTimelineRows(traceFrom(webServiceDocuments(), { inferSegments: false }));

  it("marks matching rows and keeps their ancestors (group row included)", () => {
    const filter = computeTimelineFilter(rows, (node) => node.name === "compute");
    const compute = rows.rowOf("b000000000000002");
    expect(filter.matchCount).toBe(1);
    expect(filter.match[compute]).toBe(1);
    const kept = Array.from(filter.keep.entries())
      .filter(([, k]) => k === 1)
      .map(([i]) => i);
    expect(kept).toEqual([rows.rowOf(rows.ids[6]), rows.rowOf("b000000000000001"), compute]);
    expect(filter.match[rows.rowOf("b000000000000001")]).toBe(0);
  });

  it("never matches a group row itself and never calls the predicate with one", () => {
    const seen: string[] = [];
    const filter = computeTimelineFilter(rows, (node) => {
      seen.push(node.id);
      return true;
    });
    expect(seen.length).toBe(rows.count - rows.groups.length);
    for (const g of rows.groups) expect(filter.match[g.row]).toBe(0);
    expect(filter.matchCount).toBe(rows.count - rows.groups.length);
  });

  it("keeps nothing when nothing matches", () => {
    const filter = computeTimelineFilter(rows, () => false);
    expect(filter.keep.every((k) => k === 0)).toBe(true);
  });
});
