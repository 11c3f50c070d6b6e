import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBase64 } from "../../src/digest/formatBase64";
import { parseBase64 } from "../../src/digest/parseBase64";

describe("parseBase64", () => {
  it("round-trips any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(parseBase64(formatBase64(bytes))).toEqual(bytes);
      }),
    );
  });

  it("accepts the URL-safe alphabet, missing padding and whitespace", () => {
    const bytes = Uint8Array.from([251, 255, 191, 0, 1]);
    expect(parseBase64("-_-_AAE")).toEqual(bytes);
    expect(parseBase64("+/+/\n AAE=\r\n")).toEqual(bytes);
  });

  const bad: [string, string, number][] = [
    ["Zm9v!", "'!' is not a base64 character", 4],
    ["Zg==Zg==", "a character after the '=' padding", 4],
    ["Zg===", "too much '=' padding", 4],
    ["Z", "the length is not that of base64", 1],
    ["Zm9v=", "the '=' padding does not match the length", 5],
    ["Zm9vé", "'é' is not a base64 character", 4],
  ];
  for (const [text, message, index] of bad) {
    it(`returns a base64-invalid error for ${JSON.stringify(text)}`, () => {
      const result = parseBase64(text);
      expect(result).toMatchObject({ code: "base64-invalid", index });
      expect((result as { message: string }).message).toContain(message);
    });
  }

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseBase64(text);
        expect(
          result instanceof Uint8Array || (result as { code: string }).code === "base64-invalid",
        ).toBe(true);
      }),
    );
  });
});
