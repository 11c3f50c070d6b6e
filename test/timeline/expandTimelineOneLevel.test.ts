import { describe, expect, it } from "vitest";
import {
  collapseAllTimelineRows,
  collapseTimelineOneLevel,
  computeTimelineRows,
  computeVisibleTimelineRows,
  expandTimelineOneLevel,
} from "../../src/timeline/index";
import { traceFrom, webServiceDocuments } from "./support/buildTrace";

const rows = computeTimelineRows(traceFrom(webServiceDocuments(), { inferSegments: false }));
const depths = (collapsed: ReadonlySet<string>) =>
  Array.from(computeVisibleTimelineRows(rows, { collapsed }).indices, (i) => rows.depth[i]);

describe("collapse all, expand one level, collapse one level", () => {
  it("collapse all leaves only the top level visible", () => {
    const all = collapseAllTimelineRows(rows);
    expect(depths(all)).toEqual([0, 0]);
    expect(all.has("a000000000000005")).toBe(false); // a leaf is never in the set
  });

  it("each expand-one-level step reveals exactly one more depth", () => {
    let collapsed = collapseAllTimelineRows(rows);
    const steps: number[][] = [];
    for (let k = 0; k < 4; k++) {
      collapsed = expandTimelineOneLevel(
        rows,
        computeVisibleTimelineRows(rows, { collapsed }),
        collapsed,
      );
      steps.push(depths(collapsed));
    }
    expect(steps[0]).toEqual([0, 1, 0, 1]);
    expect(steps[1]).toEqual([0, 1, 2, 2, 2, 0, 1, 2]);
    expect(steps[2]).toEqual([0, 1, 2, 2, 2, 3, 0, 1, 2]);
    expect(collapsed.size).toBe(0);
    expect(steps[3]).toEqual(steps[2]);
  });

  it("returns the same set when there is nothing to expand", () => {
    const none: ReadonlySet<string> = new Set();
    expect(expandTimelineOneLevel(rows, computeVisibleTimelineRows(rows), none)).toBe(none);
  });

  it("collapse one level folds the deepest expanded rows first", () => {
    const none: ReadonlySet<string> = new Set();
    const once = collapseTimelineOneLevel(rows, computeVisibleTimelineRows(rows), none);
    expect([...once]).toEqual(["a000000000000004"]);
    const twice = collapseTimelineOneLevel(
      rows,
      computeVisibleTimelineRows(rows, { collapsed: once }),
      once,
    );
    expect(depths(twice)).toEqual([0, 1, 0, 1]);
  });
});
