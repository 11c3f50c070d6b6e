import { describe, expect, it } from "vitest";
import { computeTimeSeries } from "../../../src/analytics/index";
import {
  describeTimeSeries,
  formatPeriod,
  formatUtcTime,
} from "../../../src/react/TimeSeriesActivity/describeTimeSeries";
import { summary } from "../../analytics/support/summary";

describe("describeTimeSeries", () => {
  it("names the window, the period and per series the counts and busiest period", () => {
    const T0 = 1_700_000_400;
    const data = computeTimeSeries(
      [0, 10, 70, 75, 80].map((d, i) => summary({ StartTime: T0 + d, HasFault: i === 4 })),
      { period: 60 },
    );
    expect(describeTimeSeries([{ label: "All traces", data }])).toBe(
      "Time series activity from 2023-11-14 22:20 UTC to 2023-11-14 22:22 UTC in 1-minute periods. " +
        "All traces: 5 traces (4 OK, 0 error, 0 throttled, 1 fault); busiest period 2023-11-14 22:21 UTC with 3.",
    );
    expect(describeTimeSeries([])).toBe("Time series activity: no traces.");
  });

  it("formats UTC times and periods", () => {
    expect(formatUtcTime(1_700_000_005)).toBe("2023-11-14 22:13:25 UTC");
    expect(formatPeriod(300)).toBe("5-minute");
    expect(formatPeriod(7200)).toBe("2-hour");
    expect(formatPeriod(86_400)).toBe("1-day");
    expect(formatPeriod(15)).toBe("15-second");
  });
});
