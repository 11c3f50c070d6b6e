import { describe, expect, it } from "vitest";
import { stepHistogramRange } from "../../../src/react/LatencyHistogram/stepHistogramRange";

const edges = [0, 1, 2, 3, 4, 5];

describe("stepHistogramRange", () => {
  it("starts with the given bin", () => {
    expect(stepHistogramRange(edges, null, "ArrowRight", false, 2)).toEqual({ from: 2, to: 3 });
    expect(stepHistogramRange(edges, null, "Home", false, 99)).toEqual({ from: 4, to: 5 });
  });
  it("moves by a bin, grows and shrinks the upper end with Shift, jumps to the ends", () => {
    const r = { from: 1, to: 3 };
    expect(stepHistogramRange(edges, r, "ArrowRight", false, 0)).toEqual({ from: 2, to: 4 });
    expect(stepHistogramRange(edges, r, "ArrowLeft", false, 0)).toEqual({ from: 0, to: 2 });
    expect(stepHistogramRange(edges, r, "ArrowRight", true, 0)).toEqual({ from: 1, to: 4 });
    expect(stepHistogramRange(edges, r, "ArrowLeft", true, 0)).toEqual({ from: 1, to: 2 });
    expect(stepHistogramRange(edges, { from: 1, to: 2 }, "ArrowLeft", true, 0)).toEqual({
      from: 1,
      to: 2,
    });
    expect(stepHistogramRange(edges, r, "Home", false, 0)).toEqual({ from: 0, to: 2 });
    expect(stepHistogramRange(edges, r, "End", false, 0)).toEqual({ from: 3, to: 5 });
    expect(stepHistogramRange(edges, { from: 3, to: 5 }, "ArrowRight", false, 0)).toEqual({
      from: 3,
      to: 5,
    });
  });
  it("snaps a brushed range to the nearest edges", () => {
    expect(stepHistogramRange(edges, { from: 1.2, to: 2.9 }, "ArrowRight", false, 0)).toEqual({
      from: 2,
      to: 4,
    });
  });
  it("clears with Escape, Delete or Backspace and ignores other keys", () => {
    for (const key of ["Escape", "Delete", "Backspace"])
      expect(stepHistogramRange(edges, { from: 1, to: 2 }, key, false, 0)).toBeNull();
    expect(stepHistogramRange(edges, { from: 1, to: 2 }, "a", false, 0)).toBeUndefined();
    expect(stepHistogramRange([1], null, "ArrowRight", false, 0)).toBeUndefined();
  });
});
