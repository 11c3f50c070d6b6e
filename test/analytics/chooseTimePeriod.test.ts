import { describe, expect, it } from "vitest";
import { chooseTimePeriod } from "../../src/analytics/index";

describe("chooseTimePeriod", () => {
  it("picks the smallest nice period within the bucket limit", () => {
    expect(chooseTimePeriod(3600)).toBe(60);
    expect(chooseTimePeriod(3601)).toBe(120);
    expect(chooseTimePeriod(30, 60)).toBe(1);
    expect(chooseTimePeriod(86_400, 24)).toBe(3600);
    expect(chooseTimePeriod(0)).toBe(1);
    const huge = chooseTimePeriod(1e9, 10);
    expect(1e9 / huge).toBeLessThanOrEqual(10);
  });
});
