import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBase64 } from "../../src/digest/formatBase64";

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("formatBase64", () => {
  it("encodes the RFC 4648 test vectors", () => {
    const vectors: [string, string][] = [
      ["", ""],
      ["f", "Zg=="],
      ["fo", "Zm8="],
      ["foo", "Zm9v"],
      ["foob", "Zm9vYg=="],
      ["fooba", "Zm9vYmE="],
      ["foobar", "Zm9vYmFy"],
    ];
    for (const [text, base64] of vectors) expect(formatBase64(bytesOf(text))).toBe(base64);
  });

  it("agrees with Node's Buffer on any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 10_000 }), (bytes) => {
        expect(formatBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
      { numRuns: 200 },
    );
  });
});
