import { describe, expect, it } from "vitest";
import { computeResponseTimeDistribution } from "../../../src/analytics/index";
import { describeDistribution } from "../../../src/react/ResponseTimeDistribution/describeDistribution";
import { summary } from "../../analytics/support/summary";

describe("describeDistribution", () => {
  it("states count, median, p90, p99 and range per series", () => {
    const d = computeResponseTimeDistribution(
      [0.01, 0.02, 0.03, 2.5].map((v) => summary({ ResponseTime: v })),
    ).digest;
    const empty = computeResponseTimeDistribution([]).digest;
    const text = describeDistribution([
      { label: "All traces", digest: d },
      { label: "Set B", digest: empty },
    ]);
    expect(text).toMatch(
      /^Response time distribution\. All traces: 4 traces, median [\d.]+ ms, p90 [\d.]+ (ms|s), p99 [\d.]+ (ms|s), from 10 ms to 2\.5 s\. Set B: no traces\.$/,
    );
    expect(describeDistribution([])).toBe("Response time distribution: no traces.");
  });
});
