import { describe, expect, it } from "vitest";
import { formatAxisSeconds } from "../../../src/react/ResponseTimeDistribution/formatAxisSeconds";

describe("formatAxisSeconds", () => {
  it("writes short labels", () => {
    expect(formatAxisSeconds(0)).toBe("0");
    expect(formatAxisSeconds(0.25)).toBe("250 ms");
    expect(formatAxisSeconds(0.0012345)).toBe("1.23 ms");
    expect(formatAxisSeconds(12.345)).toBe("12.3 s");
  });
});
