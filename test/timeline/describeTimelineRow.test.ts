import { describe, expect, it } from "vitest";
import { computeTimelineRows, describeTimelineRow } from "../../src/timeline/index";
import { seg, sub, traceFrom, webServiceDocuments } from "./support/buildTrace";

describe("describeTimelineRow", () => {
  const rows = computeTimelineRows(traceFrom(webServiceDocuments(), { inferSegments: false }));

  it("gives a group row its service name and origin", () => {
    const cells = describeTimelineRow(rows, 0);
    expect(cells).toMatchObject({ kind: "group", name: "api", origin: "AWS::EC2::Instance" });
    expect(cells.node).toBeNull();
    expect(cells.hasChildren).toBe(true);
  });

  it("gives a segment row its HTTP status, duration and status label", () => {
    const cells = describeTimelineRow(rows, rows.rowOf("b000000000000001"));
    expect(cells).toMatchObject({
      name: "worker",
      httpStatus: 500,
      durationLabel: "280 ms",
      status: "fault",
      statusLabel: "Fault",
    });
    expect(cells.duration).toBeCloseTo(0.28, 6);
  });

  it("leaves Res. empty without HTTP data and shows in-progress rows as such", () => {
    const trace = traceFrom([
      seg("a000000000000001", "api", 0, 2, {
        subsegments: [sub("a000000000000002", "wait", 0, null)],
      }),
    ]);
    const r = computeTimelineRows(trace);
    const cells = describeTimelineRow(r, r.rowOf("a000000000000002"));
    expect(cells.httpStatus).toBeNull();
    expect(cells.durationLabel).toBe("in progress");
    expect(cells.statusLabel).toBe("Pending");
  });
});
