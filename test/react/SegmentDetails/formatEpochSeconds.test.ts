import { expect, it } from "vitest";
import { formatEpochSeconds } from "../../../src/react/SegmentDetails/formatEpochSeconds";

it("formatEpochSeconds shows ISO 8601 UTC with milliseconds and the seconds as sent", () => {
  expect(formatEpochSeconds(1596566305.535414)).toBe(
    "2020-08-04T18:38:25.535Z (1596566305.535414)",
  );
  expect(formatEpochSeconds(1.48061520001e9)).toBe("2016-12-01T18:00:00.010Z (1480615200.01)");
});

it("formatEpochSeconds shows values that are not representable times as they are", () => {
  expect(formatEpochSeconds(1e20)).toBe("100000000000000000000");
  expect(formatEpochSeconds(Number.NaN)).toBe("NaN");
  expect(formatEpochSeconds("soon")).toBe("soon");
  expect(formatEpochSeconds(undefined)).toBe("—");
});
