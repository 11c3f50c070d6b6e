import { describe, expect, it } from "vitest";
import { statusFlags } from "../../src/sample/statusFlags";

describe("statusFlags", () => {
  it.each([
    [200, {}],
    [202, {}],
    [304, {}],
    [400, { error: true }],
    [404, { error: true }],
    [429, { error: true, throttle: true }],
    [500, { fault: true }],
    [503, { fault: true }],
  ])("maps %i as X-Ray SDKs do", (status, flags) => {
    expect(statusFlags(status)).toEqual(flags);
  });
});
