import { describe, expect, it } from "vitest";
import { scanJsonValue } from "../../src/formats/scanJsonValue";

describe("scanJsonValue", () => {
  it("finds the end of an object, skipping braces and escaped quotes inside strings", () => {
    const first = '{"a": "}\\"{", "b": [1, {"c": "]"}]}';
    const text = ` ${first} {"next": 1}`;
    expect(scanJsonValue(text, 0)).toEqual({ start: 1, end: 1 + first.length, closed: true });
    expect(JSON.parse(first)).toEqual({ a: '}"{', b: [1, { c: "]" }] });
    expect(scanJsonValue(text, 1 + first.length)).toEqual({
      start: 2 + first.length,
      end: text.length,
      closed: true,
    });
  });

  it("ends a string at a quote preceded by an even number of backslashes", () => {
    expect(scanJsonValue('"a\\\\" x', 0)).toEqual({ start: 0, end: 5, closed: true });
    expect(scanJsonValue('"a\\" x', 0)).toEqual({ start: 0, end: 6, closed: false });
  });

  it("reads scalars up to the next JSON whitespace or delimiter, at least one character long", () => {
    expect(scanJsonValue("true,1", 0)).toEqual({ start: 0, end: 4, closed: true });
    expect(scanJsonValue("12 3", 0)).toEqual({ start: 0, end: 2, closed: true });
    expect(scanJsonValue("\u000bx y", 0)).toEqual({ start: 0, end: 2, closed: true });
    expect(scanJsonValue("}}", 0)).toEqual({ start: 0, end: 1, closed: true });
  });

  it("reports a value that is still open at the limit", () => {
    expect(scanJsonValue('{"a": [1,\n2', 0)).toEqual({ start: 0, end: 11, closed: false });
    expect(scanJsonValue('{"a": 1}\n', 0, 4)).toEqual({ start: 0, end: 4, closed: false });
  });

  it("returns undefined when only whitespace is left", () => {
    expect(scanJsonValue("  \r\n\t", 0)).toBeUndefined();
    expect(scanJsonValue("{}", 2)).toBeUndefined();
  });
});
