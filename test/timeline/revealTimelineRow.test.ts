import { describe, expect, it } from "vitest";
import {
  collapseAllTimelineRows,
  computeTimelineRows,
  computeVisibleTimelineRows,
  revealTimelineRow,
  toggleTimelineRow,
} from "../../src/timeline/index";
import { traceFrom, webServiceDocuments } from "./support/buildTrace";

const rows = computeTimelineRows(traceFrom(webServiceDocuments(), { inferSegments: false }));

describe("revealTimelineRow", () => {
  it("expands the collapsed ancestors of a row so it becomes visible, and nothing else", () => {
    const all = collapseAllTimelineRows(rows);
    const prep = rows.rowOf("a000000000000005");
    const revealed = revealTimelineRow(rows, all, prep);
    expect(
      computeVisibleTimelineRows(rows, { collapsed: revealed }).positionOf(prep),
    ).toBeGreaterThan(0);
    expect(revealed.has(rows.ids[6])).toBe(true); // the worker group stays collapsed
    expect(all.size).toBe(revealed.size + 3); // input untouched, 3 ancestors opened
  });

  it("returns the input when the row is already visible", () => {
    const collapsed: ReadonlySet<string> = new Set(["b000000000000001"]);
    expect(revealTimelineRow(rows, collapsed, rows.rowOf("a000000000000005"))).toBe(collapsed);
  });
});

describe("toggleTimelineRow", () => {
  it("toggles, or forces, one id without touching the input", () => {
    const empty: ReadonlySet<string> = new Set();
    const once = toggleTimelineRow(empty, "x");
    expect([...once]).toEqual(["x"]);
    expect(empty.size).toBe(0);
    expect(toggleTimelineRow(once, "x").size).toBe(0);
    expect(toggleTimelineRow(once, "x", true)).toBe(once);
  });
});
