import { describe, expect, it } from "vitest";
import {
  clampTimelineWindow,
  MIN_WINDOW_SPAN,
  panTimelineWindow,
  zoomTimelineWindow,
} from "../../src/timeline/index";

const bounds = { start: 100, end: 110 };

describe("time window", () => {
  it("clamps a window into the bounds, keeping its width when it fits", () => {
    expect(clampTimelineWindow({ start: 108, end: 112 }, bounds)).toEqual({ start: 106, end: 110 });
    expect(clampTimelineWindow({ start: 95, end: 97 }, bounds)).toEqual({ start: 100, end: 102 });
    expect(clampTimelineWindow({ start: 90, end: 130 }, bounds)).toEqual(bounds);
  });

  it("orders reversed ends and widens an empty window to the minimum span", () => {
    expect(clampTimelineWindow({ start: 104, end: 102 }, bounds)).toEqual({ start: 102, end: 104 });
    const w = clampTimelineWindow({ start: 103, end: 103 }, bounds);
    expect(w.end - w.start).toBeCloseTo(MIN_WINDOW_SPAN, 12);
  });

  it("zooms around an anchor that keeps its place", () => {
    const w = zoomTimelineWindow(bounds, 0.5, 102, bounds);
    expect(w.start).toBeCloseTo(101, 9);
    expect(w.end).toBeCloseTo(106, 9);
    const fraction = (102 - w.start) / (w.end - w.start);
    expect(fraction).toBeCloseTo(0.2, 9);
  });

  it("zooming out never exceeds the bounds", () => {
    expect(zoomTimelineWindow({ start: 104, end: 106 }, 100, 105, bounds)).toEqual(bounds);
  });

  it("pans by a time delta and stops at the edge", () => {
    expect(panTimelineWindow({ start: 101, end: 103 }, 2, bounds)).toEqual({
      start: 103,
      end: 105,
    });
    expect(panTimelineWindow({ start: 101, end: 103 }, 50, bounds)).toEqual({
      start: 108,
      end: 110,
    });
  });
});
