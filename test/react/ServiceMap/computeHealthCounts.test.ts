import { describe, expect, it } from "vitest";
import {
  computeHealthCounts,
  countImpacted,
  dominantHealthStatus,
} from "../../../src/react/ServiceMap/computeHealthCounts";
import { statistics } from "./support/makeServiceGraph";

describe("computeHealthCounts", () => {
  it("splits X-Ray statistics into OK, error without throttles, throttle and fault", () => {
    const counts = computeHealthCounts(statistics({ ok: 90, error: 4, throttle: 2, fault: 4 }));
    expect(counts).toEqual({ ok: 90, error: 4, throttle: 2, fault: 4, total: 100 });
    expect(countImpacted(counts)).toBe(10);
  });

  it("gives zeros for a client node's missing statistics and clamps bad counts of a read response", () => {
    expect(computeHealthCounts(null).total).toBe(0);
    const bad = {
      ...statistics({ ok: 5 }),
      OkCount: -3,
      FaultStatistics: { OtherCount: 0, TotalCount: NaN },
    };
    expect(computeHealthCounts(bad)).toMatchObject({ ok: 0, fault: 0, total: 0 });
  });

  it("names the status with the most requests, OK on ties, none without requests", () => {
    expect(dominantHealthStatus(computeHealthCounts(statistics({ ok: 1, fault: 3 })))).toBe(
      "fault",
    );
    expect(dominantHealthStatus(computeHealthCounts(statistics({ ok: 2, error: 2 })))).toBe("ok");
    expect(dominantHealthStatus(computeHealthCounts(null))).toBeNull();
  });
});
