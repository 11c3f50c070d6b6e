import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeTraceOrder, traceAtPosition } from "../../src/analytics/index";
import type { TraceSortKey } from "../../src/analytics/index";
import { summary } from "./support/summary";

const rows = [
  summary({ ResponseTime: 0.3, Http: { HttpURL: "b", HttpStatus: 500 } }),
  summary({ ResponseTime: undefined, Http: { HttpURL: "a" } }),
  summary({ ResponseTime: 0.1, Http: { HttpURL: "c", HttpStatus: 200 } }),
  summary({ ResponseTime: 0.3, Http: { HttpStatus: 404 } }),
  summary({ ResponseTime: 0.2, Http: { HttpURL: "B", HttpStatus: 200 } }),
];

const read = (key: TraceSortKey, direction: "ascending" | "descending") => {
  const order = computeTraceOrder(rows, key);
  return rows.map((_, p) => traceAtPosition(order, p, direction));
};

describe("computeTraceOrder", () => {
  it("orders numbers ascending with ties by row and missing values last", () => {
    expect(read("responseTime", "ascending")).toEqual([2, 4, 0, 3, 1]);
    expect(computeTraceOrder(rows, "responseTime").present).toBe(4);
  });

  it("reads descending from the same index, still with missing values last", () => {
    expect(read("responseTime", "descending")).toEqual([3, 0, 4, 2, 1]);
    expect(read("httpStatus", "descending")).toEqual([0, 3, 4, 2, 1]);
  });

  it("orders strings by code units (upper case first) with missing last", () => {
    expect(read("url", "ascending")).toEqual([4, 1, 0, 2, 3]);
    expect(read("url", "descending")).toEqual([2, 0, 1, 4, 3]);
  });

  it("counts annotation keys (a light row without annotations has 0)", () => {
    const light = [
      { Id: "x", StartTime: 1 },
      summary({ Annotations: Object.assign(Object.create(null), { a: [], b: [] }) }),
    ];
    const order = computeTraceOrder(light, "annotationCount");
    expect([...order.index]).toEqual([0, 1]);
  });

  it("agrees with a plain comparator sort (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { nil: undefined })),
        (values) => {
          const items = values.map((v, i) => ({ Id: String(i), StartTime: 0, ResponseTime: v }));
          const order = computeTraceOrder(items, "responseTime");
          const expected = values
            .map((v, i) => [v, i] as const)
            .sort(([a, i], [b, j]) =>
              a === undefined
                ? b === undefined
                  ? i - j
                  : 1
                : b === undefined
                  ? -1
                  : a - b || i - j,
            )
            .map(([, i]) => i);
          expect([...order.index]).toEqual(expected);
          expect(order.present).toBe(values.filter((v) => v !== undefined).length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("sorts 200,000 rows by id consistently with string comparison", () => {
    const n = 200_000;
    const items = Array.from({ length: n }, (_, i) => ({
      Id: ((i * 7919) % n).toString(36),
      StartTime: 0,
    }));
    const order = computeTraceOrder(items, "id");
    for (let p = 1; p < n; p += 997) {
      expect(items[order.index[p - 1]].Id < items[order.index[p]].Id).toBe(true);
    }
  });
});

describe("computeTraceOrder on strings", () => {
  it("agrees with code-unit comparison, ties by row (property, shared prefixes and astral chars)", () => {
    const piece = fc.constantFrom("", "a", "ab", "abc", "b", "\u0000", "é", "😀", "Z", "1-6553f");
    fc.assert(
      fc.property(
        fc.array(
          fc.option(
            fc.array(piece, { maxLength: 6 }).map((p) => p.join("")),
            { nil: undefined },
          ),
          {
            maxLength: 400,
          },
        ),
        (urls) => {
          const items = urls.map((u, i) => ({
            Id: String(i),
            StartTime: 0,
            Http: u === undefined ? {} : { HttpURL: u },
          }));
          const order = computeTraceOrder(items, "url");
          const expected = urls
            .map((u, i) => [u, i] as const)
            .filter(([u]) => u !== undefined)
            .sort(([a, i], [b, j]) => (a! < b! ? -1 : a! > b! ? 1 : i - j))
            .map(([, i]) => i);
          expect([...order.index.subarray(0, order.present)]).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
