import { describe, expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/assembleTraces";
import { formatBatchGetTraces } from "../../src/assemble/formatBatchGetTraces";
import type { Segment, SegmentDocument } from "../../src/model/SegmentDocument";
import {
  OTHER_TRACE,
  TRACE,
  deepFreeze,
  independent,
  segment,
  shape,
  subsegment,
} from "./documents";

function documentsOf(response: ReturnType<typeof formatBatchGetTraces>, trace = 0): Segment[] {
  return response.Traces[trace].Segments.map((s) => JSON.parse(s.Document) as Segment);
}

const input = () =>
  deepFreeze([
    segment("front", {
      start_time: 100,
      end_time: 102,
      subsegments: [
        subsegment("call", { namespace: "remote", name: "back", start_time: 100.1, end_time: 101 }),
      ],
    }),
    independent("late", "front", {
      start_time: 101.5,
      end_time: 101.9,
      subsegments: [subsegment("inner", { start_time: 101.6, end_time: 101.7 })],
    }),
    segment("back", { parent_id: "call", start_time: 100.2, end_time: 100.9 }),
    independent("s3", "back", { namespace: "aws", name: "S3", start_time: 100.3, end_time: 100.4 }),
    independent("lost", "nowhere", { start_time: 100.5, end_time: 100.6 }),
  ] as SegmentDocument[]);

describe("formatBatchGetTraces", () => {
  it("formatBatchGetTraces shapes traces like a BatchGetTraces response", () => {
    const { traces } = assembleTraces([
      ...input(),
      segment("x", { trace_id: OTHER_TRACE, start_time: 50, end_time: 51 }),
    ]);
    const response = formatBatchGetTraces(traces);
    expect(response.UnprocessedTraceIds).toEqual([]);
    expect(response.Traces.map((t) => [t.Id, t.Duration, t.LimitExceeded])).toEqual([
      [OTHER_TRACE, 1, false],
      [TRACE, 2, false],
    ]);
    expect(response.Traces[1].Segments.every((s) => typeof s.Document === "string")).toBe(true);
  });

  it("formatBatchGetTraces merges independent subsegments into their segment's document", () => {
    const docs = documentsOf(formatBatchGetTraces(assembleTraces(input()).traces));
    const front = docs.find((d) => d.id === "front")!;
    expect(front.subsegments!.map((s) => s.id)).toEqual(["call", "late"]);
    const late = front.subsegments![1];
    expect(late).toEqual({
      id: "late",
      name: "late",
      start_time: 101.5,
      end_time: 101.9,
      subsegments: [{ id: "inner", name: "inner", start_time: 101.6, end_time: 101.7 }],
    });
    const back = docs.find((d) => d.id === "back")!;
    expect(back.subsegments!.map((s) => s.id)).toEqual(["s3"]);
    expect(back.subsegments![0]).not.toHaveProperty("parent_id");
    expect(back.subsegments![0]).not.toHaveProperty("type");
  });

  it("formatBatchGetTraces writes one document per segment, inferred segment and orphan subsegment", () => {
    const docs = documentsOf(formatBatchGetTraces(assembleTraces(input()).traces));
    const inferred = docs.filter((d) => d.inferred === true);
    expect(inferred).toHaveLength(1);
    expect(inferred[0]).toMatchObject({
      name: "S3",
      origin: "AWS::S3",
      parent_id: "s3",
      trace_id: TRACE,
    });
    expect(docs.map((d) => d.id).filter((id) => id !== inferred[0].id)).toEqual([
      "front",
      "back",
      "lost",
    ]);
    expect(docs.find((d) => d.id === "lost")).toMatchObject({
      type: "subsegment",
      parent_id: "nowhere",
    });
    // a segment called by a subsegment is its own document, not embedded
    expect(JSON.stringify(docs.find((d) => d.id === "front"))).not.toContain('"id":"back"');
  });

  it("formatBatchGetTraces output reassembles into the same tree with no second inferred segment", () => {
    const first = assembleTraces(input()).traces;
    const again = assembleTraces(documentsOf(formatBatchGetTraces(first))).traces;
    expect(shape(again[0])).toEqual(shape(first[0]));
    // Revision counts documents: merged independent subsegments and the written inferred segment
    expect({ ...again[0].summary, Revision: 0 }).toEqual({ ...first[0].summary, Revision: 0 });
    expect(again[0].summary.Revision).toBe(4);
  });

  it("formatBatchGetTraces leaves the assembled traces and their input untouched", () => {
    const docs = input();
    const before = JSON.stringify(docs);
    const { traces } = assembleTraces(docs);
    const nodes = traces[0].nodes.size;
    formatBatchGetTraces(traces);
    expect(JSON.stringify(docs)).toBe(before);
    expect(traces[0].nodes.size).toBe(nodes);
  });
});
