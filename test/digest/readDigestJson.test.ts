import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDigestError } from "../../src/digest/isDigestError";
import { readDigestJson } from "../../src/digest/readDigestJson";

const valid = {
  type: "tdigest",
  version: 1,
  compression: 100,
  scale: "K_2",
  min: 1,
  max: 3,
  centroids: [
    [1, 1],
    [2, 2],
    [3, 1],
  ],
};

describe("readDigestJson", () => {
  it("reads the JSON form into sorted arrays", () => {
    const state = readDigestJson({
      ...valid,
      centroids: [
        [3, 1],
        [1, 1],
        [2, 2],
      ],
    });
    expect(isDigestError(state)).toBe(false);
    if (isDigestError(state)) return;
    expect(Array.from(state.means)).toEqual([1, 2, 3]);
    expect(Array.from(state.weights)).toEqual([1, 2, 1]);
    expect(state).toMatchObject({ compression: 100, scale: "K_2", min: 1, max: 3 });
  });

  it("defaults a missing scale to K_2", () => {
    const { scale: _scale, ...withoutScale } = valid;
    expect(readDigestJson(withoutScale)).toMatchObject({ scale: "K_2" });
  });

  const cases: [string, unknown, string][] = [
    ["null", null, "$"],
    ["an array", [], "$"],
    ["another type", { ...valid, type: "hdr" }, "$.type"],
    ["another version", { ...valid, version: 2 }, "$.version"],
    ["a compression of 0", { ...valid, compression: 0 }, "$.compression"],
    ["a string compression", { ...valid, compression: "100" }, "$.compression"],
    ["an unknown scale", { ...valid, scale: "K_5" }, "$.scale"],
    ["centroids that are not an array", { ...valid, centroids: {} }, "$.centroids"],
    ["a centroid that is not a pair", { ...valid, centroids: [[1, 1, 1]] }, "$.centroids[0]"],
    [
      "a string mean",
      {
        ...valid,
        centroids: [
          [1, 1],
          ["2", 1],
        ],
      },
      "$.centroids[1][0]",
    ],
    ["a zero weight", { ...valid, centroids: [[1, 0]] }, "$.centroids[0][1]"],
    ["a null weight", { ...valid, centroids: [[1, null]] }, "$.centroids[0][1]"],
    ["a missing min", { ...valid, min: null }, "$.min"],
    ["max below min", { ...valid, max: 0 }, "$.max"],
    [
      "an overflowing total",
      {
        ...valid,
        centroids: [
          [1, 1.7e308],
          [2, 1.7e308],
        ],
      },
      "$.centroids",
    ],
    ["a type inherited from the prototype", Object.create({ type: "tdigest" }), "$.type"],
  ];
  for (const [name, json, path] of cases) {
    it(`returns a json-invalid error at ${path} for ${name}`, () => {
      const result = readDigestJson(json);
      expect(result).toMatchObject({ code: "json-invalid", path });
      expect((result as { message: string }).message.startsWith(`${path}: `)).toBe(true);
    });
  }

  it("never throws on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = readDigestJson(json);
        expect(isDigestError(result) || "means" in result).toBe(true);
      }),
    );
  });
});
