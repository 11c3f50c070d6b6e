import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  computeTimelineRows,
  ROW_FLAG,
  ROW_KIND,
  ROW_STATUS,
  timelineGroupId,
  ORPHAN_GROUP_ID,
} from "../../src/timeline/index";
import type { SegmentDocument } from "../../src/model/index";
import { randomEntities } from "./support/randomEntities";
import {
  deepChainDocuments,
  randomDocuments,
  seg,
  sub,
  T0,
  TRACE_ID,
  traceFrom,
  webServiceDocuments,
} from "./support/buildTrace";

const names = (rows: ReturnType<typeof computeTimelineRows>) =>
  rows.ids.map((id, i) => {
    const node = rows.nodes[i];
    return node === null ? `[${rows.groups[rows.group[i]].name}]` : node.name;
  });

describe("computeTimelineRows", () => {
  it("puts a group row per service first, then its segment and nested subsegments (X-Ray order)", () => {
    const rows = computeTimelineRows(traceFrom(webServiceDocuments(), { inferSegments: false }));
    expect(names(rows)).toEqual([
      "[api]",
      "api",
      "DynamoDB",
      "S3",
      "worker-call",
      "prep",
      "[worker]",
      "worker",
      "compute",
    ]);
    expect(Array.from(rows.depth)).toEqual([0, 1, 2, 2, 2, 3, 0, 1, 2]);
    expect(rows.groups.map((g) => [g.name, g.origin, g.row])).toEqual([
      ["api", "AWS::EC2::Instance", 0],
      ["worker", "AWS::ECS::Container", 6],
    ]);
    expect(rows.ids[0]).toBe(timelineGroupId("api", "AWS::EC2::Instance"));
  });

  it("gives inferred downstream segments their own group, flagged inferred", () => {
    const rows = computeTimelineRows(traceFrom(webServiceDocuments()));
    const inferred = rows.nodes.flatMap((n, i) =>
      n?.kind === "inferred" ? [{ i, origin: n.origin }] : [],
    );
    expect(inferred.map((x) => x.origin)).toEqual(["AWS::DynamoDB::Table", "AWS::S3"]);
    for (const { i } of inferred) {
      expect(ROW_KIND[rows.kind[i]]).toBe("inferred");
      expect(rows.flags[i] & ROW_FLAG.inferred).toBeTruthy();
      expect(ROW_KIND[rows.kind[rows.parent[i]]]).toBe("group");
    }
  });

  it("nests downstream segments under the calling subsegment in tree grouping", () => {
    const rows = computeTimelineRows(traceFrom(webServiceDocuments(), { inferSegments: false }), {
      grouping: "tree",
    });
    expect(names(rows)).toEqual([
      "api",
      "DynamoDB",
      "S3",
      "worker-call",
      "prep",
      "worker",
      "compute",
    ]);
    expect(rows.groups).toEqual([]);
    const worker = rows.ids.indexOf("b000000000000001");
    expect(rows.ids[rows.parent[worker]]).toBe("a000000000000004");
  });

  it("records subtree ends so a row's descendants are the rows up to subtreeEnd", () => {
    const rows = computeTimelineRows(traceFrom(webServiceDocuments(), { inferSegments: false }));
    expect(Array.from(rows.subtreeEnd)).toEqual([6, 6, 3, 4, 6, 6, 9, 9, 9]);
  });

  it("gives a group row the extent and the worst status of its segments", () => {
    const trace = traceFrom([
      seg("a000000000000001", "api", 0, 1, { origin: "AWS::EC2::Instance" }),
      seg("a000000000000009", "api", 2, 3.5, {
        origin: "AWS::EC2::Instance",
        throttle: true,
        error: true,
      }),
    ]);
    const rows = computeTimelineRows(trace);
    expect(names(rows)).toEqual(["[api]", "api", "api"]);
    expect(rows.start[0] - T0).toBeCloseTo(0, 6);
    expect(rows.end[0] - T0).toBeCloseTo(3.5, 6);
    expect(ROW_STATUS[rows.status[0]]).toBe("throttle");
  });

  it("draws an in-progress entity to the end of the trace, flagged pending", () => {
    const trace = traceFrom([
      seg("a000000000000001", "api", 0, null, {
        subsegments: [
          sub("a000000000000002", "slow", 0.2, null),
          sub("a000000000000003", "done", 0.1, 2),
        ],
      }),
    ]);
    const rows = computeTimelineRows(trace);
    const slow = rows.rowOf("a000000000000002");
    expect(rows.flags[slow] & ROW_FLAG.inProgress).toBeTruthy();
    expect(rows.end[slow]).toBeCloseTo(trace.endTime, 6);
    expect(rows.end[slow] - T0).toBeCloseTo(2, 6);
    expect(ROW_STATUS[rows.status[slow]]).toBe("pending");
  });

  it("keeps a subsegment that starts before its parent where it is, flagged, not clamped", () => {
    const trace = traceFrom([
      seg("a000000000000001", "fn", 1, 2, {
        subsegments: [sub("a000000000000002", "Initialization", 0.5, 1.2)],
      }),
    ]);
    const rows = computeTimelineRows(trace);
    const init = rows.rowOf("a000000000000002");
    expect(rows.start[init] - T0).toBeCloseTo(0.5, 6);
    expect(rows.flags[init] & ROW_FLAG.startsBeforeParent).toBeTruthy();
    expect(rows.startTime - T0).toBeCloseTo(0.5, 6);
  });

  it("shows orphans (a parent that never arrived) as rows of their own service, flagged", () => {
    const trace = traceFrom([
      seg("a000000000000001", "api", 0, 1),
      seg("b000000000000001", "lost", 0.2, 0.4, { parent_id: "ffff000000000000" }),
    ]);
    const rows = computeTimelineRows(trace);
    const lost = rows.rowOf("b000000000000001");
    expect(lost).toBeGreaterThan(0);
    expect(rows.flags[lost] & ROW_FLAG.orphan).toBeTruthy();
    expect(rows.groups.map((g) => g.name)).toEqual(["api", "lost"]);
  });

  it("collects subsegments whose segment never arrived in one orphans group", () => {
    const trace = traceFrom([
      seg("a000000000000001", "api", 0, 1),
      {
        ...sub("c000000000000001", "late-call", 0.5, 0.7),
        type: "subsegment",
        trace_id: TRACE_ID,
        parent_id: "ffff000000000000",
      } as SegmentDocument,
      {
        ...sub("c000000000000002", "early-call", 0.1, 0.2),
        type: "subsegment",
        trace_id: TRACE_ID,
        parent_id: "ffff000000000001",
      } as SegmentDocument,
    ]);
    const rows = computeTimelineRows(trace);
    expect(names(rows)).toEqual([
      "[api]",
      "api",
      "[Orphaned subsegments]",
      "early-call",
      "late-call",
    ]);
    expect(rows.ids[2]).toBe(ORPHAN_GROUP_ID);
    expect(rows.flags[3] & ROW_FLAG.orphan).toBeTruthy();
  });

  it("places every node of the trace exactly once, whatever the tree", () => {
    fc.assert(
      fc.property(randomEntities, (entities) => {
        const trace = traceFrom(randomDocuments(entities));
        for (const grouping of ["service", "tree"] as const) {
          const rows = computeTimelineRows(trace, { grouping });
          const nodeIds = rows.nodes.filter((x) => x !== null).map((x) => x.id);
          expect(new Set(nodeIds).size).toBe(trace.nodes.size);
          expect(nodeIds.length).toBe(trace.nodes.size);
          for (let i = 0; i < rows.count; i++) {
            const p = rows.parent[i];
            if (p >= 0) {
              expect(p).toBeLessThan(i);
              expect(rows.subtreeEnd[p]).toBeGreaterThanOrEqual(rows.subtreeEnd[i]);
              expect(rows.depth[i]).toBe(rows.depth[p] + 1);
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it("builds the rows of a 100,000-deep chain without recursion", () => {
    const rows = computeTimelineRows(traceFrom(deepChainDocuments(100_000)));
    expect(rows.count).toBe(100_002);
    expect(rows.depth[rows.count - 1]).toBe(100_001);
    expect(rows.subtreeEnd[0]).toBe(rows.count);
    expect(rows.rowOf("e0000000000186a0")).toBe(rows.count - 1);
  });
});
