import { describe, expect, it } from "vitest";
import { createTimelineScale } from "../../src/timeline/index";

describe("createTimelineScale", () => {
  const t0 = 1_700_000_000;

  it("maps the window linearly onto the width, and back", () => {
    const s = createTimelineScale({ window: { start: t0 + 1, end: t0 + 3 }, width: 800 });
    expect(s.x(t0 + 1)).toBeCloseTo(0, 6);
    expect(s.x(t0 + 2)).toBeCloseTo(400, 6);
    expect(s.x(t0 + 4)).toBeCloseTo(1200, 6); // not clamped
    expect(s.invert(200)).toBeCloseTo(t0 + 1.5, 6);
  });

  it("puts ticks at round offsets from the origin, labelled as durations", () => {
    const s = createTimelineScale({ window: { start: t0, end: t0 + 2 }, width: 100, origin: t0 });
    const ticks = s.ticks(5);
    expect(ticks.map((t) => t.label)).toEqual(["0 ms", "500 ms", "1.00 s", "1.50 s", "2.00 s"]);
    expect(ticks.map((t) => t.x)).toEqual([0, 25, 50, 75, 100]);
  });

  it("labels ticks of a zoomed window from the trace start, not the window start", () => {
    const s = createTimelineScale({
      window: { start: t0 + 0.1, end: t0 + 0.2 },
      origin: t0,
    });
    const ticks = s.ticks(2);
    expect(ticks[0].label).toBe("100 ms");
    expect(ticks[0].x).toBeCloseTo(0, 3); // epoch seconds carry ~0.2 µs of rounding
    expect(ticks[ticks.length - 1].label).toBe("200 ms");
  });
});
