import { describe, expect, it } from "vitest";
import { classifyTraceStatus, TRACE_STATUSES } from "../../src/analytics/index";
import { summary } from "./support/summary";

describe("classifyTraceStatus", () => {
  it("applies the console's precedence: fault > throttle > error > ok", () => {
    expect(classifyTraceStatus(summary())).toBe("ok");
    expect(classifyTraceStatus(summary({ HasError: true }))).toBe("error");
    expect(classifyTraceStatus(summary({ HasError: true, HasThrottle: true }))).toBe("throttle");
    expect(classifyTraceStatus(summary({ HasError: true, HasFault: true }))).toBe("fault");
    expect(classifyTraceStatus({ Id: "x", StartTime: 0 })).toBe("ok");
    expect(TRACE_STATUSES).toEqual(["ok", "error", "throttle", "fault"]);
  });
});
