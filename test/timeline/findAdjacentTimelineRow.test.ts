import { describe, expect, it } from "vitest";
import { findAdjacentTimelineRow } from "../../src/timeline/index";

describe("findAdjacentTimelineRow", () => {
  const matches = Int32Array.from([3, 8, 20]);

  it("steps to the next and previous entry after or before a row", () => {
    expect(findAdjacentTimelineRow(matches, 0, 1)).toBe(3);
    expect(findAdjacentTimelineRow(matches, 3, 1)).toBe(8);
    expect(findAdjacentTimelineRow(matches, 9, 1)).toBe(20);
    expect(findAdjacentTimelineRow(matches, 9, -1)).toBe(8);
    expect(findAdjacentTimelineRow(matches, 8, -1)).toBe(3);
  });

  it("wraps around at both ends", () => {
    expect(findAdjacentTimelineRow(matches, 20, 1)).toBe(3);
    expect(findAdjacentTimelineRow(matches, 3, -1)).toBe(20);
    expect(findAdjacentTimelineRow(matches, -1, -1)).toBe(20);
  });

  it("returns -1 for an empty list", () => {
    expect(findAdjacentTimelineRow([], 4, 1)).toBe(-1);
  });
});
