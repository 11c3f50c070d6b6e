import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSameJson } from "../../src/assemble/isSameJson";

describe("isSameJson", () => {
  it("isSameJson agrees with comparing key-sorted JSON text", () => {
    const canonical = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(canonical).join(",")}]`
        : typeof v === "object" && v !== null
          ? `{${Object.keys(v)
              .sort()
              .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
              .join(",")}}`
          : JSON.stringify(v);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (a, b) => {
        expect(isSameJson(a, structuredClone(a))).toBe(true);
        expect(isSameJson(a, b)).toBe(canonical(a) === canonical(b));
      }),
    );
  });

  it("isSameJson ignores key order and tells arrays from objects", () => {
    expect(isSameJson({ a: 1, b: [2, { c: 3 }] }, { b: [2, { c: 3 }], a: 1 })).toBe(true);
    expect(isSameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(isSameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(isSameJson([1, 2], [2, 1])).toBe(false);
    expect(isSameJson(null, {})).toBe(false);
  });

  it("isSameJson compares values nested 100,000 levels deep without overflowing", () => {
    const deep = (leaf: number) => {
      let v: unknown = leaf;
      for (let i = 0; i < 100_000; i++) v = { s: [v] };
      return v;
    };
    expect(isSameJson(deep(1), deep(1))).toBe(true);
    expect(isSameJson(deep(1), deep(2))).toBe(false);
  });
});
