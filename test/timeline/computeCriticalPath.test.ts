import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computeCriticalPath } from "../../src/timeline/index";
import {
  deepChainDocuments,
  randomDocuments,
  seg,
  sub,
  T0,
  traceFrom,
  webServiceDocuments,
} from "./support/buildTrace";
import { randomEntities } from "./support/randomEntities";

type Path = ReturnType<typeof computeCriticalPath>;
const spans = (path: Path) =>
  path.sections.map((s) => [s.node.name, +(s.start - T0).toFixed(6), +(s.end - T0).toFixed(6)]);

describe("computeCriticalPath", () => {
  it("walks sequential calls: each child and the parent's own time between them", () => {
    const trace = traceFrom([
      seg("a000000000000001", "api", 0, 10, {
        subsegments: [
          sub("a000000000000002", "first", 1, 3),
          sub("a000000000000003", "second", 4, 8),
        ],
      }),
    ]);
    expect(spans(computeCriticalPath(trace))).toEqual([
      ["api", 0, 1],
      ["first", 1, 3],
      ["api", 3, 4],
      ["second", 4, 8],
      ["api", 8, 10],
    ]);
  });

  it("of parallel children keeps only the one that finished last", () => {
    const trace = traceFrom([
      seg("a000000000000001", "api", 0, 10, {
        subsegments: [sub("a000000000000002", "fast", 1, 5), sub("a000000000000003", "slow", 2, 9)],
      }),
    ]);
    const path = computeCriticalPath(trace);
    expect(path.nodeIds).toEqual(["a000000000000001", "a000000000000003"]);
    expect(path.sectionsOf("a000000000000002")).toEqual([]);
  });

  it("counts a child that overflows its parent only inside the parent", () => {
    const trace = traceFrom([
      seg("a000000000000001", "api", 1, 5, {
        subsegments: [
          sub("a000000000000002", "early", 0, 2),
          sub("a000000000000003", "late", 4, 7),
        ],
      }),
    ]);
    expect(spans(computeCriticalPath(trace))).toEqual([
      ["early", 1, 2],
      ["api", 2, 4],
      ["late", 4, 5],
    ]);
  });

  it("follows the call into the downstream service's segment", () => {
    const path = computeCriticalPath(traceFrom(webServiceDocuments(), { inferSegments: false }));
    expect(path.sections.map((s) => s.node.name)).toEqual([
      "api",
      "DynamoDB",
      "api",
      "S3",
      "prep", // ends exactly when the worker segment starts: sequential
      "worker",
      "compute",
      "worker",
      "worker-call",
      "api",
    ]);
  });

  it("runs an in-progress child to the end of the trace", () => {
    const trace = traceFrom([
      seg("a000000000000001", "api", 0, null, {
        subsegments: [
          sub("a000000000000002", "waiting", 1, null),
          sub("a000000000000003", "x", 0.5, 3),
        ],
      }),
    ]);
    expect(spans(computeCriticalPath(trace))).toEqual([
      ["api", 0, 1],
      ["waiting", 1, 3],
    ]);
  });

  it("covers the root's duration exactly once, in order, whatever the tree", () => {
    fc.assert(
      fc.property(randomEntities, (entities) => {
        const trace = traceFrom(randomDocuments(entities));
        const root = trace.root ?? trace.roots[0];
        const path = computeCriticalPath(trace);
        const end = root.endTime ?? trace.endTime;
        if (end <= root.startTime) return;
        expect(path.sections[0].start).toBeCloseTo(root.startTime, 9);
        expect(path.sections[path.sections.length - 1].end).toBeCloseTo(end, 9);
        for (let k = 1; k < path.sections.length; k++) {
          expect(path.sections[k].start).toBeCloseTo(path.sections[k - 1].end, 9);
        }
        for (const s of path.sections) expect(s.end).toBeGreaterThan(s.start);
      }),
      { numRuns: 150 },
    );
  });

  it("handles a 100,000-deep chain without stack overflow", () => {
    const path = computeCriticalPath(traceFrom(deepChainDocuments(100_000)));
    expect(path.nodeIds.length).toBe(100_001);
    expect(path.sections.length).toBe(200_001);
  });

  it("is empty for a trace without nodes on a path (zero-length root)", () => {
    const path = computeCriticalPath(traceFrom([seg("a000000000000001", "api", 1, 1)]));
    expect(path.sections).toEqual([]);
    expect(path.sectionsOf("a000000000000001")).toEqual([]);
  });
});
