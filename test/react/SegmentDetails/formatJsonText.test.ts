import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatJsonText } from "../../../src/react/SegmentDetails/formatJsonText";

describe("formatJsonText", () => {
  it("writes the same text as JSON.stringify for any JSON value, pretty or compact", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, 4), (value, indent) => {
        const result = formatJsonText(value, { indent });
        expect(result.truncated).toBe(false);
        expect(result.text).toBe(JSON.stringify(value, null, indent));
      }),
      { numRuns: 300 },
    );
  });

  it("stops at maxLength with a prefix of the full text and says whether it stopped", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(200), (value, maxLength) => {
        const full = JSON.stringify(value, null, 2);
        const result = formatJsonText(value, { maxLength });
        expect(full.startsWith(result.text)).toBe(true);
        expect(result.text.length).toBe(Math.min(full.length, maxLength));
        expect(result.truncated).toBe(full.length > maxLength);
      }),
      { numRuns: 300 },
    );
  });

  it("writes a value nested 100,000 levels deep without overflowing the stack", () => {
    let value: unknown = { leaf: true };
    for (let i = 0; i < 100_000; i++) value = [value];
    const { text, truncated } = formatJsonText(value, { indent: 0 });
    expect(truncated).toBe(false);
    expect(text.length).toBe(200_000 + '{"leaf":true}'.length);
    expect(text.startsWith("[[[[")).toBe(true);
    expect(text.endsWith("]]]]")).toBe(true);
    expect(text.slice(100_000, 100_000 + 13)).toBe('{"leaf":true}');
  });

  it("caps indentation so a deep value stays linear in size", () => {
    let value: unknown = 1;
    for (let i = 0; i < 1000; i++) value = [value];
    const { text } = formatJsonText(value, { indent: 2 });
    const longestLine = Math.max(...text.split("\n").map((line) => line.length));
    expect(longestLine).toBeLessThanOrEqual(2 * 64 + 1);
  });

  it("writes a container that contains itself as [Circular] instead of looping", () => {
    const value: Record<string, unknown> = { name: "a" };
    value.self = value;
    expect(formatJsonText(value, { indent: 0 }).text).toBe('{"name":"a","self":"[Circular]"}');
  });
});
