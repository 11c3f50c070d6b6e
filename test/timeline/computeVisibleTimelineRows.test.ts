import { describe, expect, it } from "vitest";
import {
  computeTimelineFilter,
  computeTimelineRows,
  computeVisibleTimelineRows,
} from "../../src/timeline/index";
import { traceFrom, webServiceDocuments } from "./support/buildTrace";

const rows = computeTimelineRows(traceFrom(webServiceDocuments(), { inferSegments: false }));
const visibleNames = (v: ReturnType<typeof computeVisibleTimelineRows>) =>
  Array.from(v.indices, (i) => rows.nodes[i]?.name ?? `[${rows.groups[rows.group[i]].name}]`);

describe("computeVisibleTimelineRows", () => {
  it("shows every row when nothing is collapsed", () => {
    const v = computeVisibleTimelineRows(rows);
    expect(v.count).toBe(rows.count);
  });

  it("hides the descendants of a collapsed row, and only them", () => {
    const v = computeVisibleTimelineRows(rows, { collapsed: new Set(["a000000000000004"]) });
    expect(visibleNames(v)).toEqual([
      "[api]",
      "api",
      "DynamoDB",
      "S3",
      "worker-call",
      "[worker]",
      "worker",
      "compute",
    ]);
  });

  it("hides a whole service when its group row is collapsed", () => {
    const collapsed = new Set([rows.ids[0]]);
    expect(visibleNames(computeVisibleTimelineRows(rows, { collapsed }))).toEqual([
      "[api]",
      "[worker]",
      "worker",
      "compute",
    ]);
  });

  it("ignores a collapsed leaf (nothing to hide)", () => {
    const v = computeVisibleTimelineRows(rows, { collapsed: new Set(["a000000000000005"]) });
    expect(v.count).toBe(rows.count);
  });

  it("in hide mode keeps only matches and their ancestors", () => {
    const filter = computeTimelineFilter(rows, (node) => node.name === "prep");
    const v = computeVisibleTimelineRows(rows, { filter, filterMode: "hide" });
    expect(visibleNames(v)).toEqual(["[api]", "api", "worker-call", "prep"]);
  });

  it("in dim mode changes no visibility", () => {
    const filter = computeTimelineFilter(rows, (node) => node.name === "prep");
    expect(computeVisibleTimelineRows(rows, { filter, filterMode: "dim" }).count).toBe(rows.count);
  });

  it("finds a row's position, or -1 for a hidden row", () => {
    const v = computeVisibleTimelineRows(rows, { collapsed: new Set(["a000000000000004"]) });
    expect(v.positionOf(rows.rowOf("a000000000000004"))).toBe(4);
    expect(v.positionOf(rows.rowOf("a000000000000005"))).toBe(-1);
    expect(v.positionOf(rows.rowOf("b000000000000002"))).toBe(7);
  });
});
