import { describe, expect, it } from "vitest";
import { formatTraceSeconds } from "../../../src/react/TraceList/formatTraceSeconds";

describe("formatTraceSeconds", () => {
  it("shows milliseconds below a second and seconds above", () => {
    expect(formatTraceSeconds(0.00123)).toBe("1.23 ms");
    expect(formatTraceSeconds(0.0574)).toBe("57.4 ms");
    expect(formatTraceSeconds(0.25)).toBe("250 ms");
    expect(formatTraceSeconds(1.5)).toBe("1.500 s");
    expect(formatTraceSeconds(undefined)).toBe("—");
  });
});
