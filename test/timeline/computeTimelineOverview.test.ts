import { describe, expect, it } from "vitest";
import { computeTimelineOverview, computeTimelineRows, ROW_STATUS } from "../../src/timeline/index";
import type { SegmentDocument } from "../../src/model/index";
import { seg, sub, traceFrom } from "./support/buildTrace";

const code = (s: (typeof ROW_STATUS)[number]) => ROW_STATUS.indexOf(s) + 1;

describe("computeTimelineOverview", () => {
  it("draws each row as a line at its time, coloured by status", () => {
    const rows = computeTimelineRows(
      traceFrom([
        seg("a000000000000001", "api", 0, 10, {
          subsegments: [sub("a000000000000002", "call", 5, 10, { fault: true })],
        }),
      ]),
    );
    const o = computeTimelineOverview(rows, { width: 10, height: 4, maxRowHeight: 2 });
    const line = (y: number) => Array.from(o.pixels.subarray(y * 10, y * 10 + 10));
    expect(o.usedHeight).toBe(4);
    expect(line(0)).toEqual(Array(10).fill(code("ok")));
    expect(line(1)).toEqual(Array(10).fill(code("ok")));
    expect(line(2)).toEqual([0, 0, 0, 0, 0, ...Array(5).fill(code("fault"))]);
  });

  it("aggregates many rows per pixel line, keeping the worst status", () => {
    const subs = Array.from({ length: 1000 }, (_, i) =>
      sub((i + 2).toString(16).padStart(16, "0"), `op${i}`, i / 100, i / 100 + 0.01, {
        error: i === 500,
      }),
    );
    const docs: SegmentDocument[] = [seg("0000000000000001", "api", 0, 10, { subsegments: subs })];
    const rows = computeTimelineRows(traceFrom(docs));
    const o = computeTimelineOverview(rows, { width: 20, height: 10 });
    // 1001 node rows on 10 lines: line 5 holds rows 501–600 (times 5.0–6.0 s, x 10–12); row 501
    // (the error) and its neighbours share pixel 10, where the error wins.
    expect(o.pixels[5 * 20 + 10]).toBe(code("error"));
    expect(o.pixels[5 * 20 + 11]).toBe(code("ok"));
    expect(o.pixels[5 * 20 + 9]).toBe(0);
    expect(o.pixels.filter((p) => p === code("error")).length).toBe(1);
  });

  it("leaves pixels outside every row empty and skips rows outside the window", () => {
    const rows = computeTimelineRows(
      traceFrom([seg("a000000000000001", "api", 0, 1), seg("b000000000000001", "other", 8, 10)]),
    );
    const o = computeTimelineOverview(rows, {
      width: 10,
      height: 2,
      maxRowHeight: 1,
      window: { start: rows.startTime, end: rows.startTime + 5 },
    });
    expect(Array.from(o.pixels.subarray(0, 10))).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(o.pixels.subarray(10, 20))).toEqual(Array(10).fill(0));
  });
});
