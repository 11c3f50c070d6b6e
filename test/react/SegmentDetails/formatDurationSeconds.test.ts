import { expect, it } from "vitest";
import { formatDurationSeconds } from "../../../src/react/SegmentDetails/formatDurationSeconds";

it("formatDurationSeconds uses milliseconds under a second and seconds above", () => {
  expect(formatDurationSeconds(0.0001943)).toBe("0.19 ms");
  expect(formatDurationSeconds(0.0574)).toBe("57.4 ms");
  expect(formatDurationSeconds(0.2345)).toBe("235 ms");
  expect(formatDurationSeconds(1.74)).toBe("1.740 s");
  expect(formatDurationSeconds(0)).toBe("0.00 ms");
  expect(formatDurationSeconds(-0.5)).toBe("-500 ms");
  expect(formatDurationSeconds(Number.POSITIVE_INFINITY)).toBe("Infinity");
});
