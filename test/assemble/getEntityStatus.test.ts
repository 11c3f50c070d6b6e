import { describe, expect, it } from "vitest";
import { getEntityStatus } from "../../src/assemble/getEntityStatus";
import { subsegment } from "./documents";

describe("getEntityStatus", () => {
  it.each([
    [{ fault: true, throttle: true, error: true }, "fault"],
    [{ throttle: true, error: true }, "throttle"],
    [{ error: true, in_progress: true, end_time: undefined }, "error"],
    [{ in_progress: true, end_time: undefined }, "pending"],
    [{ end_time: undefined }, "pending"],
    [{ fault: false, error: false, throttle: false }, "ok"],
  ] as const)(
    "getEntityStatus ranks fault > throttle > error > pending > ok (%o → %s)",
    (flags, status) => {
      expect(getEntityStatus(subsegment("x", flags))).toBe(status);
    },
  );

  it("getEntityStatus treats an in_progress entity as pending even when it has an end time", () => {
    expect(getEntityStatus(subsegment("x", { in_progress: true, end_time: 5 }))).toBe("pending");
  });
});
