import { describe, expect, it } from "vitest";
import { isHistogramEntry } from "../../src/digest/isHistogramEntry";

describe("isHistogramEntry", () => {
  it("accepts own finite Value and Count ≥ 0", () => {
    expect(isHistogramEntry({ Value: 0.157, Count: 1 })).toBe(true);
    expect(isHistogramEntry({ Value: 0, Count: 0 })).toBe(true);
  });

  it("rejects missing, inherited, non-numeric, non-finite and negative fields", () => {
    for (const value of [
      null,
      1,
      { Value: 1 },
      { Count: 1 },
      Object.create({ Value: 1, Count: 1 }),
      { Value: "1", Count: 1 },
      { Value: 1, Count: NaN },
      { Value: Infinity, Count: 1 },
      { Value: 1, Count: -1 },
    ]) {
      expect(isHistogramEntry(value)).toBe(false);
    }
  });
});
