import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDigestError } from "../../src/digest/isDigestError";
import { TDigest } from "../../src/digest/TDigest";

/** Bytes as a Java MergingDigest.asBytes() writes them (big-endian ByteBuffer). */
function javaVerbose(
  min: number,
  max: number,
  compression: number,
  centroids: [weight: number, mean: number][],
): Uint8Array {
  const bytes = new Uint8Array(32 + 16 * centroids.length);
  const view = new DataView(bytes.buffer);
  view.setInt32(0, 1);
  view.setFloat64(4, min);
  view.setFloat64(12, max);
  view.setFloat64(20, compression);
  view.setInt32(28, centroids.length);
  centroids.forEach(([w, m], i) => {
    view.setFloat64(32 + 16 * i, w);
    view.setFloat64(40 + 16 * i, m);
  });
  return bytes;
}

function javaSmall(
  min: number,
  max: number,
  compression: number,
  centroids: [weight: number, mean: number][],
): Uint8Array {
  const bytes = new Uint8Array(30 + 8 * centroids.length);
  const view = new DataView(bytes.buffer);
  view.setInt32(0, 2);
  view.setFloat64(4, min);
  view.setFloat64(12, max);
  view.setFloat32(20, compression);
  view.setInt16(24, 210);
  view.setInt16(26, 1050);
  view.setInt16(28, centroids.length);
  centroids.forEach(([w, m], i) => {
    view.setFloat32(30 + 8 * i, w);
    view.setFloat32(34 + 8 * i, m);
  });
  return bytes;
}

const read = (bytes: Uint8Array): TDigest => {
  const digest = TDigest.fromBytes(bytes);
  if (isDigestError(digest)) throw new Error(digest.message);
  return digest;
};

describe("TDigest.fromBytes", () => {
  const javaCentroids: [number, number][] = [
    [1, 0.004],
    [3, 0.012],
    [8, 0.1],
    [5, 0.45],
    [1, 2.5],
  ];

  it("reads the verbose layout of a Java digest: centroids, count, exact min and max, δ", () => {
    const digest = read(javaVerbose(0.004, 2.5, 200, javaCentroids));
    expect(digest.compression).toBe(200);
    expect(digest.scale).toBe("K_2");
    expect(digest.count).toBe(18);
    expect(digest.min).toBe(0.004);
    expect(digest.max).toBe(2.5);
    expect(digest.centroids()).toEqual(javaCentroids.map(([weight, mean]) => ({ mean, weight })));
    expect(digest.quantile(0)).toBe(0.004);
    expect(digest.quantile(1)).toBe(2.5);
  });

  it("reads the small layout (float means and weights)", () => {
    const digest = read(javaSmall(0.004, 2.5, 100, javaCentroids));
    expect(digest.compression).toBe(100);
    expect(digest.count).toBe(18);
    expect(digest.min).toBe(0.004);
    expect(digest.centroids().map((c) => c.mean)).toEqual(
      javaCentroids.map(([, mean]) => Math.fround(mean)),
    );
  });

  it("reads an empty Java digest (n = 0, min +∞, max −∞)", () => {
    const digest = read(javaVerbose(Infinity, -Infinity, 100, []));
    expect(digest.count).toBe(0);
    expect(digest.min).toBeNaN();
    expect(Number.isNaN(digest.quantile(0.5))).toBe(true);
  });

  it("reads bytes that sit inside a larger buffer (a Uint8Array view with an offset)", () => {
    const bytes = javaVerbose(1, 2, 100, [
      [1, 1],
      [1, 2],
    ]);
    const outer = new Uint8Array(bytes.length + 7);
    outer.set(bytes, 5);
    expect(read(outer.subarray(5, 5 + bytes.length)).max).toBe(2);
  });

  it("sorts centroids that are not in mean order", () => {
    const digest = read(
      javaVerbose(1, 3, 100, [
        [1, 3],
        [2, 1],
        [1, 2],
      ]),
    );
    expect(digest.centroids().map((c) => c.mean)).toEqual([1, 2, 3]);
  });

  const cases: [string, Uint8Array, string, RegExp][] = [
    ["empty bytes", new Uint8Array(0), "bytes-truncated", /too short/],
    ["3 bytes", new Uint8Array(3), "bytes-truncated", /too short/],
    [
      "encoding 3",
      javaVerbose(1, 1, 100, []).map((b, i) => (i === 3 ? 3 : b)),
      "bytes-unknown-encoding",
      /unknown encoding 3/,
    ],
    [
      "a cut header",
      javaVerbose(1, 1, 100, []).subarray(0, 20),
      "bytes-truncated",
      /header needs 32/,
    ],
    [
      "a missing centroid",
      javaVerbose(1, 2, 100, [
        [1, 1],
        [1, 2],
      ]).subarray(0, 48),
      "bytes-truncated",
      /2 centroids .* need 64/,
    ],
    [
      "trailing bytes",
      new Uint8Array([...javaVerbose(1, 1, 100, [[1, 1]]), 0]),
      "bytes-invalid",
      /1 unexpected bytes/,
    ],
    [
      "a negative count",
      (() => {
        const b = javaVerbose(1, 1, 100, []);
        new DataView(b.buffer).setInt32(28, -1);
        return b;
      })(),
      "bytes-invalid",
      /negative centroid count/,
    ],
    ["compression 0", javaVerbose(1, 1, 0, [[1, 1]]), "bytes-invalid", /compression 0/],
    ["compression NaN", javaVerbose(1, 1, NaN, [[1, 1]]), "bytes-invalid", /compression NaN/],
    ["compression 1e6", javaVerbose(1, 1, 1e6, [[1, 1]]), "bytes-invalid", /compression 1000000/],
    ["a NaN min", javaVerbose(NaN, 1, 100, [[1, 1]]), "bytes-invalid", /min NaN/],
    ["min > max", javaVerbose(2, 1, 100, [[1, 1]]), "bytes-invalid", /min 2 and max 1/],
    ["a zero weight", javaVerbose(1, 1, 100, [[0, 1]]), "bytes-invalid", /centroid 0: weight 0/],
    [
      "a negative weight",
      javaVerbose(1, 2, 100, [
        [1, 1],
        [-1, 2],
      ]),
      "bytes-invalid",
      /centroid 1: weight -1/,
    ],
    [
      "an infinite weight",
      javaVerbose(1, 1, 100, [[Infinity, 1]]),
      "bytes-invalid",
      /weight Infinity/,
    ],
    ["a NaN mean", javaVerbose(1, 1, 100, [[1, NaN]]), "bytes-invalid", /mean NaN/],
    [
      "an overflowing total",
      javaVerbose(1, 2, 100, [
        [1.7e308, 1],
        [1.7e308, 2],
      ]),
      "bytes-invalid",
      /total weight/,
    ],
  ];
  for (const [name, bytes, code, message] of cases) {
    it(`returns a ${code} error for ${name}`, () => {
      const result = TDigest.fromBytes(bytes);
      expect(isDigestError(result)).toBe(true);
      expect(result).toMatchObject({ code });
      expect((result as { message: string }).message).toMatch(message);
      expect((result as { message: string }).message).toMatch(/at byte \d+/);
    });
  }

  it("returns an error (never throws) for something that is not a Uint8Array", () => {
    expect(TDigest.fromBytes([0, 0, 0, 1] as unknown as Uint8Array)).toMatchObject({
      code: "bytes-invalid",
    });
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = TDigest.fromBytes(bytes);
        expect(result instanceof TDigest || isDigestError(result)).toBe(true);
      }),
    );
  });

  it("never throws on corrupted real bytes, and what it reads is a usable digest", () => {
    const digest = new TDigest();
    for (let i = 1; i <= 3000; i++) digest.add((i * 37) % 1000);
    const good = digest.asBytes();
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const bad = good.slice();
        bad[at] = value;
        const result = TDigest.fromBytes(bad);
        if (result instanceof TDigest) {
          const q = [0, 0.1, 0.5, 0.9, 1].map((p) => result.quantile(p));
          for (let i = 1; i < q.length; i++) expect(q[i]).toBeGreaterThanOrEqual(q[i - 1]);
        } else {
          expect(isDigestError(result)).toBe(true);
        }
      }),
    );
  });
});

describe("byte round trips", () => {
  const digest = new TDigest({ compression: 50 });
  for (let i = 0; i < 50_000; i++) digest.add(Math.exp(Math.sin(i) * 6) + (i % 3));

  it("fromBytes(asBytes()) has exactly the compressed centroids, count, min and max", () => {
    const bytes = digest.asBytes();
    const back = read(bytes);
    const view = new DataView(bytes.buffer);
    const written = Array.from({ length: view.getInt32(28) }, (_, i) => ({
      mean: view.getFloat64(40 + 16 * i),
      weight: view.getFloat64(32 + 16 * i),
    }));
    expect(back.centroids()).toEqual(written);
    expect(back.count).toBe(digest.count);
    expect(back.min).toBe(digest.min);
    expect(back.max).toBe(digest.max);
    expect(back.compression).toBe(50);
    expect(back.asBytes().length).toBeLessThanOrEqual(bytes.length);
  });

  it("fromBytes(asSmallBytes()) keeps min and max exactly and means to float precision", () => {
    const back = read(digest.asSmallBytes());
    const exact = read(digest.asBytes());
    expect(back.min).toBe(digest.min);
    expect(back.max).toBe(digest.max);
    expect(back.count).toBe(digest.count);
    const a = back.centroids();
    const b = exact.centroids();
    expect(a.length).toBe(b.length);
    a.forEach((c, i) => {
      expect(c.weight).toBe(b[i].weight);
      expect(Math.abs(c.mean - b[i].mean)).toBeLessThanOrEqual(Math.abs(b[i].mean) * 2 ** -23);
    });
  });

  it("keeps quantiles within a fraction of a percent through the small layout", () => {
    const back = read(digest.asSmallBytes());
    for (const q of [0.001, 0.01, 0.5, 0.99, 0.999]) {
      expect(Math.abs(back.quantile(q) / read(digest.asBytes()).quantile(q) - 1)).toBeLessThan(
        1e-6,
      );
    }
  });
});
