import { describe, expect, it } from "vitest";
import { createRandom } from "../../src/sample/createRandom";
import { MAX_LATENCY, MIN_LATENCY, sampleLatency } from "../../src/sample/sampleLatency";
import { quantile } from "./documentChecks";

describe("sampleLatency", () => {
  it("has the configured median, a p99 far above it, and stays within [1 ms, 60 s]", () => {
    const r = createRandom(10);
    const draws = Array.from({ length: 20_000 }, () =>
      sampleLatency(r, { median: 0.1, sigma: 0.8 }),
    );
    const values = draws.map((d) => d.seconds).sort((a, b) => a - b);
    expect(quantile(values, 0.5)).toBeGreaterThan(0.09);
    expect(quantile(values, 0.5)).toBeLessThan(0.11);
    expect(quantile(values, 0.99)).toBeGreaterThan(10 * quantile(values, 0.5));
    expect(values[0]).toBeGreaterThanOrEqual(MIN_LATENCY);
    expect(values[values.length - 1]).toBeLessThanOrEqual(MAX_LATENCY);
    const slow = draws.filter((d) => d.slow).length / draws.length;
    expect(slow).toBeGreaterThan(0.015);
    expect(slow).toBeLessThan(0.025);
  });

  it("clamps extreme models to 1 ms and 60 s", () => {
    const r = createRandom(2);
    const tiny = Array.from({ length: 500 }, () =>
      sampleLatency(r, { median: 1e-6, sigma: 0.1, tailShare: 0 }),
    );
    expect(tiny.every((d) => d.seconds === MIN_LATENCY)).toBe(true);
    const huge = Array.from({ length: 500 }, () => sampleLatency(r, { median: 1000, sigma: 0.1 }));
    expect(huge.every((d) => d.seconds === MAX_LATENCY)).toBe(true);
  });

  it("reaches into the tens of seconds with a heavy tail", () => {
    const r = createRandom(4);
    let max = 0;
    for (let i = 0; i < 50_000; i++)
      max = Math.max(max, sampleLatency(r, { median: 0.12, sigma: 0.8 }).seconds);
    expect(max).toBeGreaterThan(10);
  });
});
