import { describe, expect, it } from "vitest";
import { formatTimelineDuration } from "../../src/timeline/index";

describe("formatTimelineDuration", () => {
  it.each([
    [0, "0 ms"],
    [0.0004, "0.40 ms"],
    [0.0063, "6.3 ms"],
    [0.0634, "63 ms"],
    [1.234, "1.23 s"],
    [42.5, "42.5 s"],
    [150, "2.5 min"],
    [-0.05, "-50 ms"],
    [Number.NaN, "–"],
  ])("formats %s seconds as %s", (seconds, text) => {
    expect(formatTimelineDuration(seconds)).toBe(text);
  });
});
