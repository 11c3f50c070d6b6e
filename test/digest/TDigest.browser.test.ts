import { describe, expect, it } from "vitest";
import {
  computeHistogram,
  formatBase64,
  isDigestError,
  parseBase64,
  TDigest,
} from "../../src/digest/index";

describe("the digest module in a browser (no Node Buffer)", () => {
  it("builds, serializes as base64 bytes, reads back, merges and bins a digest", () => {
    expect(typeof (globalThis as { Buffer?: unknown }).Buffer).toBe("undefined");
    const digest = new TDigest();
    for (let i = 1; i <= 10_000; i++) digest.add(Math.exp((i % 997) / 100));
    const text = formatBase64(digest.asBytes());
    const bytes = parseBase64(text);
    expect(isDigestError(bytes)).toBe(false);
    const back = TDigest.fromBytes(bytes as Uint8Array);
    expect(isDigestError(back)).toBe(false);
    const merged = new TDigest().merge(back as TDigest, digest);
    expect(merged.count).toBe(20_000);
    expect(merged.min).toBe(digest.min);
    expect(merged.max).toBe(digest.max);
    const { bins } = computeHistogram(merged, { axis: "log", mode: "dynamic", bins: 20 });
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBeCloseTo(20_000, 6);
  });
});
