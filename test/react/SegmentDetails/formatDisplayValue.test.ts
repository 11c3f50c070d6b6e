import fc from "fast-check";
import { expect, it } from "vitest";
import { formatDisplayValue } from "../../../src/react/SegmentDetails/formatDisplayValue";

it("formatDisplayValue spells out plain values and joins lists of them", () => {
  expect(formatDisplayValue("text <b>")).toBe("text <b>");
  expect(formatDisplayValue(-1)).toBe("-1");
  expect(formatDisplayValue(false)).toBe("false");
  expect(formatDisplayValue(null)).toBe("null");
  expect(formatDisplayValue(undefined)).toBe("—");
  expect(formatDisplayValue(["a", 1, true])).toBe("a, 1, true");
});

it("formatDisplayValue writes objects as compact JSON, cut at 2,000 characters", () => {
  expect(formatDisplayValue({ read: 5, nested: [{ a: null }] })).toBe(
    '{"read":5,"nested":[{"a":null}]}',
  );
  const long = formatDisplayValue({ blob: "x".repeat(5000) });
  expect(long.length).toBe(2001);
  expect(long.endsWith("…")).toBe(true);
});

it("formatDisplayValue returns a string for any JSON value", () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      expect(typeof formatDisplayValue(value)).toBe("string");
    }),
  );
});
