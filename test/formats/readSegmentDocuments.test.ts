import { describe, expect, it } from "vitest";
import { readSegmentDocuments } from "../../src/formats/readSegmentDocuments";
import {
  TRACE_ID,
  deepFreeze,
  expectEveryDocumentAccounted,
  hexId,
  segmentDoc,
  subsegmentDoc,
} from "./fixtures";

describe("readSegmentDocuments", () => {
  it("reads a single document and returns it as it is", () => {
    const doc = segmentDoc();
    const result = readSegmentDocuments(doc);
    expect(result).toEqual({
      documents: [doc],
      documentIndices: [0],
      documentLocations: ["$"],
      diagnostics: [],
      format: "document",
      inputCount: 1,
    });
    expect(result.documents[0]).toBe(doc);
  });

  it("reads an array, keeping input indices and naming rejected elements by index and path", () => {
    const a = segmentDoc({ id: hexId(1) });
    const c = segmentDoc({ id: hexId(3) });
    const result = readSegmentDocuments([a, { id: hexId(2) }, c, 5]);
    expect(result.format).toBe("array");
    expect(result.documents).toEqual([a, c]);
    expect(result.documentIndices).toEqual([0, 2]);
    expect(result.inputCount).toBe(4);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(new Set(errors.map((d) => d.documentIndex))).toEqual(new Set([1, 3]));
    expect(errors.find((d) => d.documentIndex === 3)).toMatchObject({
      code: "not-an-object",
      path: "$[3]",
    });
    expectEveryDocumentAccounted(result);
  });

  it("reads an empty array as no documents and no diagnostics", () => {
    expect(readSegmentDocuments([])).toMatchObject({
      format: "array",
      inputCount: 0,
      diagnostics: [],
    });
  });

  it("parses the JSON strings of a PutTraceSegments request and reports the invalid one", () => {
    const docs = [segmentDoc({ id: hexId(1) }), segmentDoc({ id: hexId(2) })];
    const request = {
      TraceSegmentDocuments: [JSON.stringify(docs[0]), '{"id": ', JSON.stringify(docs[1])],
    };
    const result = readSegmentDocuments(request);
    expect(result.format).toBe("put-trace-segments");
    expect(result.documents).toEqual(docs);
    expect(result.documentIndices).toEqual([0, 2]);
    expect(result.diagnostics).toMatchObject([
      {
        code: "invalid-json",
        severity: "error",
        documentIndex: 1,
        path: "$.TraceSegmentDocuments[1]",
      },
    ]);
    expect(result.diagnostics[0].message).toMatch(
      /not valid JSON at character 8: Unexpected end of JSON input/,
    );
  });

  it("reads a BatchGetTraces response with paths into the document strings", () => {
    const bad = segmentDoc({
      id: hexId(2),
      subsegments: [subsegmentDoc(3), subsegmentDoc(4, { annotations: { "a.b": [1] } })],
    });
    const response = {
      Traces: [
        {
          Id: TRACE_ID,
          Duration: 1,
          Segments: [
            { Id: hexId(1), Document: JSON.stringify(segmentDoc({ id: hexId(1) })) },
            { Id: hexId(2), Document: JSON.stringify(bad) },
          ],
        },
      ],
      UnprocessedTraceIds: ["1-58406520-000000000000000000000000"],
    };
    const result = readSegmentDocuments(response);
    expect(result.format).toBe("batch-get-traces");
    expect(result.documents.map((d) => d.id)).toEqual([hexId(1), hexId(2)]);
    expect(result.diagnostics).toMatchObject([
      {
        code: "invalid-annotation",
        severity: "warning",
        documentIndex: 1,
        path: '$.Traces[0].Segments[1].Document.subsegments[1].annotations["a.b"]',
        traceId: TRACE_ID,
        segmentId: hexId(2),
      },
      {
        code: "unprocessed-segment",
        severity: "warning",
        documentIndex: -1,
        path: "$.UnprocessedTraceIds[0]",
        traceId: "1-58406520-000000000000000000000000",
      },
    ]);
  });

  it("counts a BatchGetTraces segment without a Document as rejected and warns when Id and id differ", () => {
    const result = readSegmentDocuments({
      Traces: [
        {
          Id: TRACE_ID,
          Segments: [
            { Id: hexId(1) },
            { Id: hexId(9), Document: JSON.stringify(segmentDoc({ id: hexId(2) })) },
            "nonsense",
          ],
        },
        { Id: TRACE_ID, Segments: "none" },
      ],
    });
    expect(result.inputCount).toBe(3);
    expect(result.documents.map((d) => d.id)).toEqual([hexId(2)]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.documentIndex, d.path])).toEqual([
      ["missing-field", "error", 0, "$.Traces[0].Segments[0]"],
      ["invalid-field", "warning", 1, "$.Traces[0].Segments[1].Id"],
      ["not-an-object", "error", 2, "$.Traces[0].Segments[2]"],
      ["invalid-field", "error", -1, "$.Traces[1].Segments"],
    ]);
    expectEveryDocumentAccounted(result);
  });

  it("names other JSON it recognizes instead of reading them as documents", () => {
    const cases: [unknown, RegExp][] = [
      [{ TraceSummaries: [] }, /GetTraceSummaries response/],
      [{ Services: [{ ReferenceId: 0, Edges: [] }] }, /GetServiceGraph or GetTraceGraph response/],
      [{ Services: [{ Name: "a", EntityPath: [] }] }, /root-cause JSON/],
      [{ UnprocessedTraceSegments: [{ Id: "x" }] }, /PutTraceSegments response .*1 segment/],
      [{ resourceSpans: [] }, /OTLP/],
      [{ traceID: "1", spans: [], processes: {} }, /Jaeger JSON trace/],
      [{ data: [{ traceID: "1", spans: [] }] }, /Jaeger query API/],
      [{ data: [{ ReferenceId: 1, Edges: [] }] }, /GetServiceGraph services/],
      [{ $schema: "http://json-schema.org/draft-04/schema#" }, /JSON Schema/],
      [{ version: "2.0", metadata: {}, operations: {}, shapes: {} }, /AWS API model/],
      [[{ traceId: "a", id: "b", name: "get" }], /Zipkin/],
      [{ foo: 1, bar: 2 }, /keys "foo", "bar" and none of a segment document's fields/],
      [{}, /empty JSON object/],
      [42, /the number 42/],
      [null, /null/],
    ];
    for (const [value, message] of cases) {
      const result = readSegmentDocuments(value);
      expect(result.format).toBe("empty");
      expect(result.inputCount).toBe(0);
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({
        code: "unknown-format",
        severity: "error",
        documentIndex: -1,
        path: "$",
      });
      expect(result.diagnostics[0].message).toMatch(message);
    }
  });

  it("reads an object with any segment document field as a document, rejected when incomplete", () => {
    const result = readSegmentDocuments({ name: "x" });
    expect(result.format).toBe("document");
    expect(result.inputCount).toBe(1);
    expect(result.documents).toEqual([]);
    expectEveryDocumentAccounted(result);
  });

  it("never modifies the value it is given, also when it repairs documents", () => {
    const kept = subsegmentDoc(2);
    const input = deepFreeze([
      segmentDoc({
        annotations: { ok: 1, bad: null },
        cause: 200,
        subsegments: [subsegmentDoc(1, { subsegments: [{ id: "bad" }, kept] })],
      }),
    ]);
    const before = JSON.stringify(input);
    const result = readSegmentDocuments(input);
    expect(JSON.stringify(input)).toBe(before);
    const doc = result.documents[0];
    expect(doc.annotations).toEqual({ ok: 1 });
    expect(doc.cause).toBeUndefined();
    expect(doc.subsegments?.[0].subsegments?.map((s) => s.id)).toEqual([hexId(2)]);
    expect(doc.subsegments?.[0].subsegments?.[0]).toBe(kept);
  });

  it("rejects a daemon frame header that comes without a document", () => {
    const result = readSegmentDocuments({ format: "json", version: 1 });
    expect(result.format).toBe("daemon");
    expect(result.diagnostics).toMatchObject([
      { code: "invalid-json", severity: "error", documentIndex: 0 },
    ]);
    expectEveryDocumentAccounted(result);
  });
});
