import { describe, expect, it } from "vitest";
import { computeTimeSeries } from "../../src/analytics/index";
import { summary } from "./support/summary";

const T0 = 1_700_000_000;

describe("computeTimeSeries", () => {
  it("counts traces per period by status on period-aligned buckets (hand-computed)", () => {
    const set = [
      summary({ StartTime: 1_700_000_005 }),
      summary({ StartTime: 1_700_000_059.9, HasFault: true }),
      summary({ StartTime: 1_700_000_060, HasError: true }),
      summary({ StartTime: 1_700_000_130, HasError: true, HasThrottle: true }),
      summary({ StartTime: 1_700_000_131 }),
    ];
    const series = computeTimeSeries(set, { period: 60 });
    // 1700000005 floors to 1699999980 (a multiple of 60).
    expect(series.start).toBe(1_699_999_980);
    expect(series.end).toBe(1_700_000_160);
    expect(series.period).toBe(60);
    expect(series.count).toBe(5);
    expect(series.outside).toBe(0);
    expect(
      series.buckets.map((b) => [b.start, b.total, b.ok, b.error, b.throttle, b.fault]),
    ).toEqual([
      [1_699_999_980, 1, 1, 0, 0, 0],
      [1_700_000_040, 2, 0, 1, 0, 1],
      [1_700_000_100, 2, 1, 0, 1, 0],
    ]);
  });

  it("counts traces outside an explicit domain (and without a start time) as outside", () => {
    const set = [
      summary({ StartTime: T0 - 1 }),
      summary({ StartTime: T0 }),
      summary({ StartTime: T0 + 99.5 }),
      summary({ StartTime: T0 + 100 }),
      summary({ StartTime: Number.NaN }),
    ];
    const series = computeTimeSeries(set, { start: T0, end: T0 + 100, period: 30 });
    expect(series.buckets.map((b) => [b.start - T0, b.end - T0, b.total])).toEqual([
      [0, 30, 1],
      [30, 60, 0],
      [60, 90, 0],
      [90, 100, 1],
    ]);
    expect(series.count).toBe(2);
    expect(series.outside).toBe(3);
  });

  it("chooses a nice period that keeps the bucket count under the limit", () => {
    const set = Array.from({ length: 100 }, (_, i) => summary({ StartTime: T0 + i * 36 }));
    const series = computeTimeSeries(set, { maxBuckets: 30 });
    expect(series.period).toBe(300);
    expect(series.buckets.length).toBeLessThanOrEqual(30);
    expect(series.buckets.reduce((s, b) => s + b.total, 0)).toBe(100);
    expect(series.start % 300).toBe(0);
  });

  it("gives one empty bucket for no traces", () => {
    const series = computeTimeSeries([], { period: 10 });
    expect(series.buckets).toHaveLength(1);
    expect(series.count).toBe(0);
  });
});
