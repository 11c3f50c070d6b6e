import { describe, expect, it } from "vitest";
import { TDigest } from "../../src/digest/TDigest";

/** Hex of bytes, grouped as written: "00000001 3fb9..." → compare ignoring spaces. */
const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
const spaced = (text: string): string => text.replace(/\s+/g, "");

/** 0.1 with weight 1 and 2.5 with weight 3: two centroids that no merge pass can join. */
function smallDigest(compression = 100): TDigest {
  const digest = new TDigest({ compression });
  digest.add(0.1);
  digest.add(2.5, 3);
  return digest;
}

describe("TDigest.asBytes (the reference MergingDigest verbose layout)", () => {
  it("writes int 1, double min, max, δ, int n, then (double weight, double mean) big-endian", () => {
    const bytes = smallDigest().asBytes();
    expect(bytes.length).toBe(32 + 16 * 2);
    expect(hex(bytes)).toBe(
      spaced(`
        00000001
        3fb999999999999a  4004000000000000  4059000000000000
        00000002
        3ff0000000000000 3fb999999999999a
        4008000000000000 4004000000000000`),
    );
  });

  it("writes an empty digest as n = 0 with min +∞ and max −∞, as the reference does", () => {
    expect(hex(new TDigest().asBytes())).toBe(
      spaced(`00000001 7ff0000000000000 fff0000000000000 4059000000000000 00000000`),
    );
  });

  it("writes δ as raised to 10 for smaller compressions", () => {
    const view = new DataView(smallDigest(5).asBytes().buffer);
    expect(view.getFloat64(20)).toBe(10);
  });
});

describe("TDigest.asSmallBytes (the reference MergingDigest small layout)", () => {
  it("writes int 2, double min, max, float δ, short size, short bufferSize, short n, then float pairs", () => {
    const bytes = smallDigest().asSmallBytes();
    expect(bytes.length).toBe(30 + 8 * 2);
    // size = 2δ + 10 = 210 (0x00d2), bufferSize = 5 × size = 1050 (0x041a)
    expect(hex(bytes)).toBe(
      spaced(`
        00000002
        3fb999999999999a  4004000000000000
        42c80000  00d2  041a  0002
        3f800000 3dcccccd
        40400000 40200000`),
    );
  });

  it("uses the reference's array sizes for δ below 30 (2δ + 30, and 5 times that)", () => {
    const view = new DataView(smallDigest(20).asSmallBytes().buffer);
    expect(view.getFloat32(20)).toBe(20);
    expect(view.getInt16(24)).toBe(70);
    expect(view.getInt16(26)).toBe(350);
  });

  it("wraps a bufferSize above 32767 as Java's (short) cast does", () => {
    const view = new DataView(smallDigest(10_000).asSmallBytes().buffer);
    expect(view.getInt16(24)).toBe(20_010);
    expect(view.getInt16(26)).toBe(100_050 - 65_536 * 2);
  });
});

describe("the byte forms of a real digest", () => {
  const digest = new TDigest();
  for (let i = 0; i < 20_000; i++) digest.add(Math.exp(((i * 7919) % 20_000) / 2_000));

  it("hold the digest compressed to δ: 32 + 16n and 30 + 8n bytes, n ≤ δ", () => {
    const n = new DataView(digest.asBytes().buffer).getInt32(28);
    expect(n).toBeGreaterThan(25);
    expect(n).toBeLessThanOrEqual(100);
    expect(digest.asBytes().length).toBe(32 + 16 * n);
    expect(digest.asSmallBytes().length).toBe(30 + 8 * n);
  });

  it("do not change the digest", () => {
    const before = JSON.stringify(digest);
    digest.asBytes();
    digest.asSmallBytes();
    expect(JSON.stringify(digest)).toBe(before);
  });

  it("equal the bytes written after compress(), the reference's order of operations", () => {
    const copy = TDigest.fromJSON(digest.toJSON()) as TDigest;
    const bytes = copy.asBytes();
    copy.compress();
    const view = new DataView(bytes.buffer);
    const centroids = copy.centroids();
    expect(view.getInt32(28)).toBe(centroids.length);
    centroids.forEach((c, i) => {
      expect(view.getFloat64(32 + 16 * i)).toBe(c.weight);
      expect(view.getFloat64(40 + 16 * i)).toBe(c.mean);
    });
  });
});
