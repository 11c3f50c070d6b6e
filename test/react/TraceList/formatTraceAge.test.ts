import { describe, expect, it } from "vitest";
import { formatTraceAge } from "../../../src/react/TraceList/formatTraceAge";

describe("formatTraceAge", () => {
  it("uses seconds, minutes, hours and days with the console's precision", () => {
    expect(formatTraceAge(-5)).toBe("0 s");
    expect(formatTraceAge(59.9)).toBe("59 s");
    expect(formatTraceAge(312)).toBe("5.2 min");
    expect(formatTraceAge(3600)).toBe("1.0 h");
    expect(formatTraceAge(86_400 * 3.25)).toBe("3.3 d");
    expect(formatTraceAge(Number.NaN)).toBe("—");
  });
});
