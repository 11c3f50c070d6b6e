import { describe, expect, it } from "vitest";
import { parseSegmentDocuments } from "../../src/formats/parseSegmentDocuments";
import {
  chainDepth,
  deepChain,
  expectEveryDocumentAccounted,
  hexId,
  segmentDoc,
  subsegmentDoc,
} from "./fixtures";

const header = '{"format": "json", "version": 1}';
const docs = [1, 2, 3].map((n) => segmentDoc({ id: hexId(n), name: `svc${n}` }));

describe("parseSegmentDocuments: forms", () => {
  it("reads blank text as empty, without diagnostics", () => {
    for (const text of ["", "  \n\t\r\n"]) {
      expect(parseSegmentDocuments(text)).toEqual({
        documents: [],
        documentIndices: [],
        documentLocations: [],
        diagnostics: [],
        format: "empty",
        inputCount: 0,
      });
    }
  });

  it("reads one document, compact or pretty-printed, with or without a byte-order mark", () => {
    for (const text of [
      JSON.stringify(docs[0]),
      JSON.stringify(docs[0], null, 2),
      `\uFEFF${JSON.stringify(docs[0])}`,
    ]) {
      const result = parseSegmentDocuments(text);
      expect(result).toMatchObject({ format: "document", inputCount: 1, diagnostics: [] });
      expect(result.documents).toEqual([docs[0]]);
    }
  });

  it("reads a JSON array", () => {
    const result = parseSegmentDocuments(JSON.stringify(docs, null, 1));
    expect(result).toMatchObject({
      format: "array",
      inputCount: 3,
      documentIndices: [0, 1, 2],
      documentLocations: ["$[0]", "$[1]", "$[2]"],
    });
    expect(result.documents).toEqual(docs);
  });

  it("reads NDJSON with blank lines and CRLF line ends, with line paths", () => {
    const text = `${JSON.stringify(docs[0])}\r\n\r\n${JSON.stringify(segmentDoc({ id: "bad" }))}\r\n${JSON.stringify(docs[2])}\r\n`;
    const result = parseSegmentDocuments(text);
    expect(result.format).toBe("ndjson");
    expect(result.documents).toEqual([docs[0], docs[2]]);
    expect(result.documentIndices).toEqual([0, 2]);
    expect(result.documentLocations).toEqual(["line 1", "line 4"]);
    expect(result.diagnostics).toMatchObject([
      { code: "invalid-id", severity: "error", documentIndex: 1, path: "line 3 $.id" },
    ]);
    expectEveryDocumentAccounted(result);
  });

  it("reports an invalid NDJSON line with its line and column and reads the others", () => {
    const text = [
      JSON.stringify(docs[0]),
      '{"id": "70de5b6f19ff9a0b",, "x": 1}',
      JSON.stringify(docs[1]),
    ].join("\n");
    const result = parseSegmentDocuments(text);
    expect(result.documents).toEqual([docs[0], docs[1]]);
    expect(result.documentIndices).toEqual([0, 2]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: "invalid-json",
      severity: "error",
      documentIndex: 1,
      path: "line 2",
    });
    expect(result.diagnostics[0].message).toMatch(/^invalid JSON at line 2, column 27: /);
  });

  it("reads one daemon frame: the header line, then the document", () => {
    const result = parseSegmentDocuments(`${header}\n${JSON.stringify(docs[0])}`);
    expect(result).toMatchObject({ format: "daemon", inputCount: 1, diagnostics: [] });
    expect(result.documents).toEqual([docs[0]]);
  });

  it("reads daemon frames concatenated, with pretty-printed documents and frames on one line", () => {
    const text =
      `${header}\n${JSON.stringify(docs[0], null, 4)}\n` +
      `${header}\n${JSON.stringify(docs[1])}${header}\n${JSON.stringify(docs[2])}\n`;
    const result = parseSegmentDocuments(text);
    expect(result.format).toBe("daemon");
    expect(result.documents).toEqual(docs);
    expect(result.diagnostics).toEqual([]);
  });

  it("gives daemon frame documents the path of the line they start on", () => {
    const bad = JSON.stringify(
      segmentDoc({ subsegments: [subsegmentDoc(1, { namespace: "local" })] }),
    );
    const result = parseSegmentDocuments(
      `${header}\n${JSON.stringify(docs[0])}\n${header}\n${bad}\n`,
    );
    expect(result.diagnostics).toMatchObject([
      { code: "unknown-namespace", documentIndex: 1, path: "line 4 $.subsegments[0].namespace" },
    ]);
    expect(result.documentLocations).toEqual(["line 2", "line 4"]);
  });

  it("rejects a daemon header that has no document after it", () => {
    const result = parseSegmentDocuments(
      `${header}\n${header}\n${JSON.stringify(docs[0])}\n${header}\n`,
    );
    expect(result.documents).toEqual([docs[0]]);
    expect(result.inputCount).toBe(3);
    expect(result.diagnostics.map((d) => [d.code, d.documentIndex, d.path])).toEqual([
      ["invalid-json", 0, "line 1"],
      ["invalid-json", 2, "line 4"],
    ]);
    expectEveryDocumentAccounted(result);
  });

  it("reads pretty-printed documents one after another as a sequence", () => {
    const text = docs.map((d) => JSON.stringify(d, null, 2)).join("\n");
    const result = parseSegmentDocuments(text);
    expect(result.format).toBe("ndjson");
    expect(result.documents).toEqual(docs);
  });

  it("reads PutTraceSegments and BatchGetTraces bodies from text", () => {
    const put = parseSegmentDocuments(
      JSON.stringify({ TraceSegmentDocuments: docs.map((d) => JSON.stringify(d)) }),
    );
    expect(put).toMatchObject({ format: "put-trace-segments", inputCount: 3, diagnostics: [] });
    expect(put.documents).toEqual(docs);
    expect(put.documentLocations).toEqual(docs.map((_, i) => `$.TraceSegmentDocuments[${i}]`));
    const batch = parseSegmentDocuments(
      JSON.stringify({
        Traces: [
          {
            Id: docs[0].trace_id,
            Segments: docs.map((d) => ({ Id: d.id, Document: JSON.stringify(d) })),
          },
        ],
        UnprocessedTraceIds: [],
      }),
    );
    expect(batch).toMatchObject({ format: "batch-get-traces", inputCount: 3, diagnostics: [] });
    expect(batch.documents).toEqual(docs);
    expect(batch.documentLocations).toEqual(
      docs.map((_, i) => `$.Traces[0].Segments[${i}].Document`),
    );
  });

  it("expands arrays and envelopes found on NDJSON lines", () => {
    const text = `${JSON.stringify([docs[0], docs[1]])}\n${JSON.stringify({ TraceSegmentDocuments: [JSON.stringify(docs[2])] })}`;
    const result = parseSegmentDocuments(text);
    expect(result.format).toBe("ndjson");
    expect(result.documents).toEqual(docs);
  });
});

describe("parseSegmentDocuments: broken input", () => {
  it("reports a single document that is not valid JSON with the line and column of the error", () => {
    const text = '{\n  "id": "70de5b6f19ff9a0b",\n  "name": "x",\n}\n';
    const result = parseSegmentDocuments(text);
    expect(result).toMatchObject({ format: "document", inputCount: 1, documents: [] });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: "invalid-json",
      severity: "error",
      documentIndex: 0,
      path: "line 1",
    });
    expect(result.diagnostics[0].message).toMatch(/^invalid JSON at line 4, column 1: /);
  });

  it("costs one line, not the rest of the text, for a value that never closes", () => {
    const text = [
      JSON.stringify(docs[0]),
      '{"id": "70de5b6f19ff9a0b", "name": "x"',
      JSON.stringify(docs[1]),
      JSON.stringify(docs[2]),
    ].join("\n");
    const result = parseSegmentDocuments(text);
    expect(result.documents).toEqual(docs);
    expect(result.documentIndices).toEqual([0, 2, 3]);
    expect(result.diagnostics).toMatchObject([
      { code: "invalid-json", documentIndex: 1, path: "line 2" },
    ]);
    expect(result.diagnostics[0].message).toContain("never closes");
  });

  it("reports text that is not JSON at all without throwing", () => {
    const result = parseSegmentDocuments("hello world\n<xml/>");
    expect(result.documents).toEqual([]);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) expect(d.code).toBe("invalid-json");
    expectEveryDocumentAccounted(result);
  });

  it("reads unknown JSON as unknown-format with format empty", () => {
    const result = parseSegmentDocuments('{"TraceSummaries": []}');
    expect(result).toMatchObject({ format: "empty", inputCount: 0 });
    expect(result.diagnostics).toMatchObject([
      { code: "unknown-format", documentIndex: -1, path: "$" },
    ]);
  });
});

describe("parseSegmentDocuments: depth", () => {
  it("parses and validates a document text with 100,000 nested subsegments", () => {
    const text = JSON.stringify({ ...segmentDoc(), subsegments: [] }).replace(
      '"subsegments":[]',
      `"subsegments":[${'{"id":"0000000000000001","name":"s","start_time":1,"end_time":2,"subsegments":['.repeat(100_000)}${"]}".repeat(100_000)}]`,
    );
    const result = parseSegmentDocuments(text);
    expect(result.diagnostics).toEqual([]);
    expect(chainDepth(result.documents[0])).toBe(100_000);
    expect(chainDepth(deepChain(3))).toBe(3);
  });

  it("does not throw on arrays nested 300,000 levels deep", () => {
    const text = "[".repeat(300_000) + "]".repeat(300_000);
    const result = parseSegmentDocuments(text);
    expect(result.documents).toEqual([]);
    expectEveryDocumentAccounted(result);
  });
});
