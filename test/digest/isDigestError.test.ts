import { describe, expect, it } from "vitest";
import { isDigestError } from "../../src/digest/isDigestError";
import { TDigest } from "../../src/digest/TDigest";

describe("isDigestError", () => {
  it("recognises the errors the readers return", () => {
    expect(isDigestError(TDigest.fromBytes(new Uint8Array(2)))).toBe(true);
    expect(isDigestError(TDigest.fromJSON({}))).toBe(true);
  });

  it("is false for digests and look-alikes", () => {
    expect(isDigestError(new TDigest())).toBe(false);
    expect(isDigestError({ code: "oops", message: "x" })).toBe(false);
    expect(isDigestError({ code: "json-invalid" })).toBe(false);
    expect(isDigestError(null)).toBe(false);
    expect(isDigestError("json-invalid")).toBe(false);
  });
});
