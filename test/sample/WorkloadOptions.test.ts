import { describe, expect, it } from "vitest";
import { resolveWorkloadOptions } from "../../src/sample/WorkloadOptions";

describe("resolveWorkloadOptions", () => {
  it("applies the documented defaults", () => {
    expect(resolveWorkloadOptions()).toEqual({
      traces: 100,
      seed: 1,
      startTime: 1_700_000_000,
      timeRange: 3600,
      errorRate: 0.05,
      throttleRate: 0.02,
      faultRate: 0.03,
      inProgressRate: 0.01,
      independentSubsegmentRate: 0.05,
      missingSegmentRate: 0.01,
      latencyMedian: 0.12,
      latencySigma: 0.8,
    });
  });

  it("keeps given values", () => {
    expect(resolveWorkloadOptions({ traces: 5, faultRate: 0 })).toMatchObject({
      traces: 5,
      faultRate: 0,
    });
  });

  it.each([
    [{ traces: 1.5 }],
    [{ traces: -3 }],
    [{ seed: Number.NaN }],
    [{ startTime: -1 }],
    [{ timeRange: -10 }],
    [{ inProgressRate: 2 }],
    [{ missingSegmentRate: -0.1 }],
    [{ errorRate: 0.5, throttleRate: 0.3, faultRate: 0.3 }],
    [{ latencyMedian: 0 }],
    [{ latencySigma: 9 }],
  ])("rejects %j with a RangeError", (options) => {
    expect(() => resolveWorkloadOptions(options)).toThrow(RangeError);
  });
});
