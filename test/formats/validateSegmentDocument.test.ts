import { describe, expect, it } from "vitest";
import { validateSegmentDocument } from "../../src/formats/validateSegmentDocument";
import type { Diagnostic } from "../../src/model/Diagnostic";
import {
  TRACE_ID,
  chainDepth,
  deepChain,
  deepFreeze,
  hexId,
  segmentDoc,
  subsegmentDoc,
} from "./fixtures";

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => d.code);

function rejected(value: unknown): Diagnostic[] {
  const result = validateSegmentDocument(value, 4, "$[4]");
  expect(result.document).toBeUndefined();
  expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const d of result.diagnostics) {
    expect(d.severity).toBe("error");
    expect(d.documentIndex).toBe(4);
  }
  return result.diagnostics;
}

describe("validateSegmentDocument: valid documents", () => {
  it("returns a valid document as the very same object, without diagnostics", () => {
    const doc = segmentDoc({
      subsegments: [subsegmentDoc(1, { subsegments: [subsegmentDoc(2)] })],
    });
    const result = validateSegmentDocument(doc, 0, "$");
    expect(result.document).toBe(doc);
    expect(result.diagnostics).toEqual([]);
  });

  it("accepts E-notation times, an in-progress segment and unknown extra keys", () => {
    const doc = JSON.parse(
      `{"name":"example.com","id":"70de5b6f19ff9a0b","start_time":1.478293361271E9,` +
        `"trace_id":"${TRACE_ID}","in_progress":true,"Dummy":false}`,
    );
    const result = validateSegmentDocument(doc, 0, "$");
    expect(result.document).toBe(doc);
    expect(result.document?.start_time).toBeCloseTo(1478293361.271, 6);
    expect(result.document?.Dummy).toBe(false);
    expect(result.diagnostics).toEqual([]);
  });

  it("accepts an independent subsegment with trace_id and parent_id", () => {
    const doc = segmentDoc({
      type: "subsegment",
      parent_id: "defdfd9912dc5a56",
      namespace: "remote",
    });
    expect(validateSegmentDocument(doc, 0, "$")).toEqual({ document: doc, diagnostics: [] });
  });

  it("keeps dotted annotation keys and content_length -1 without a word", () => {
    const doc = segmentDoc({
      annotations: { "DDB.DescribeExistingTableAndPutToMissingTable.Annotation": "anno", n: 1 },
      http: { response: { status: 200, content_length: -1 } },
    });
    expect(validateSegmentDocument(doc, 0, "$")).toEqual({ document: doc, diagnostics: [] });
  });

  it("accepts a cause given as an object or as a 16-character exception id", () => {
    for (const cause of [{ exceptions: [] }, "abcdefghijklmnop", "0123456789abcdef"]) {
      const doc = segmentDoc({ fault: true, cause });
      expect(validateSegmentDocument(doc, 0, "$").diagnostics).toEqual([]);
    }
  });
});

describe("validateSegmentDocument: rejected documents", () => {
  it("rejects values that are not objects", () => {
    for (const value of [null, [segmentDoc()], "x", 3, true, undefined]) {
      expect(codes(rejected(value))).toEqual(["not-an-object"]);
    }
  });

  it("rejects a document without id or with an id that is not 16 hex digits", () => {
    const { id: _id, ...noId } = segmentDoc();
    expect(codes(rejected(noId))).toEqual(["missing-field"]);
    for (const id of ["70de5b6f19ff9a0", "70de5b6f19ff9a0g", "70de5b6f19ff9a0b0", 42]) {
      const diagnostics = rejected(segmentDoc({ id }));
      expect(codes(diagnostics)).toEqual(["invalid-id"]);
      expect(diagnostics[0].path).toBe("$[4].id");
    }
  });

  it("rejects a missing trace_id and a malformed one, such as the doc example with a non-hex 's'", () => {
    const { trace_id: _t, ...noTrace } = segmentDoc();
    expect(codes(rejected(noTrace))).toEqual(["missing-field"]);
    for (const traceId of ["1-5880168b-fd515828bs07678a3bb5a78c", "1-58406520", "abc", 7]) {
      expect(codes(rejected(segmentDoc({ trace_id: traceId })))).toEqual(["invalid-trace-id"]);
    }
  });

  it("rejects a missing, non-numeric or non-finite start_time", () => {
    const { start_time: _s, ...noStart } = segmentDoc();
    expect(codes(rejected(noStart))).toEqual(["missing-field"]);
    for (const start of ["1480615200.01", null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codes(rejected(segmentDoc({ start_time: start })))).toEqual(["invalid-time"]);
    }
    expect(codes(rejected(segmentDoc({ end_time: "soon" })))).toEqual(["invalid-time"]);
  });

  it("rejects a document with neither end_time nor in_progress: true", () => {
    const { end_time: _e, ...noEnd } = segmentDoc();
    expect(codes(rejected(noEnd))).toEqual(["missing-end"]);
    expect(codes(rejected({ ...noEnd, in_progress: false }))).toEqual(["missing-end"]);
    expect(codes(rejected({ ...noEnd, in_progress: "true" }))).toEqual(["missing-end"]);
  });

  it("rejects an independent subsegment without parent_id and any malformed parent_id", () => {
    expect(codes(rejected(segmentDoc({ type: "subsegment" })))).toEqual(["missing-field"]);
    expect(codes(rejected(segmentDoc({ parent_id: "xyz" })))).toEqual(["invalid-id"]);
  });

  it("rejects a document without a string name", () => {
    const { name: _n, ...noName } = segmentDoc();
    expect(codes(rejected(noName))).toEqual(["missing-field"]);
    expect(codes(rejected(segmentDoc({ name: 12 })))).toEqual(["invalid-field"]);
  });

  it("reports every problem of a rejected document at once, with its ids when they are valid", () => {
    const diagnostics = rejected({ id: "70de5b6f19ff9a0b", trace_id: TRACE_ID, name: "n" });
    expect(codes(diagnostics)).toEqual(["missing-field", "missing-end"]);
    expect(diagnostics[0].message).toContain("start_time");
    expect(diagnostics[0]).toMatchObject({ traceId: TRACE_ID, segmentId: "70de5b6f19ff9a0b" });
  });
});

describe("validateSegmentDocument: recoverable problems keep the document", () => {
  function warned(doc: Record<string, unknown>): {
    document: Record<string, unknown>;
    diagnostics: Diagnostic[];
  } {
    const result = validateSegmentDocument(deepFreeze(doc), 2, "$");
    expect(result.document).toBeDefined();
    for (const d of result.diagnostics) {
      expect(d.severity).toBe("warning");
      expect(d.documentIndex).toBe(2);
      expect(d.traceId).toBe(TRACE_ID);
    }
    return result as { document: Record<string, unknown>; diagnostics: Diagnostic[] };
  }

  it("warns about a name over 200 characters and keeps it unchanged", () => {
    const doc = segmentDoc({ name: "n".repeat(201) });
    const { document, diagnostics } = warned(doc);
    expect(document).toBe(doc);
    expect(diagnostics).toMatchObject([{ code: "name-too-long", path: "$.name" }]);
    expect(
      validateSegmentDocument(segmentDoc({ name: "n".repeat(200) }), 0, "$").diagnostics,
    ).toEqual([]);
  });

  it("warns about namespaces other than aws and remote, with the subsegment's path", () => {
    const doc = segmentDoc({
      subsegments: [
        subsegmentDoc(1, {
          namespace: "aws",
          subsegments: [subsegmentDoc(2, { namespace: "invalidNs" })],
        }),
        subsegmentDoc(3, { namespace: "local" }),
      ],
    });
    const { document, diagnostics } = warned(doc);
    expect(document).toBe(doc);
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["unknown-namespace", "$.subsegments[0].subsegments[0].namespace"],
      ["unknown-namespace", "$.subsegments[1].namespace"],
    ]);
    expect(diagnostics[0].message).toContain('"invalidNs"');
  });

  it("warns about content_length given as a string and keeps the string", () => {
    const doc = segmentDoc({ http: { response: { status: 200, content_length: "861" } } });
    const { document, diagnostics } = warned(doc);
    expect(document).toBe(doc);
    expect(diagnostics).toMatchObject([
      { code: "content-length-string", path: "$.http.response.content_length" },
    ]);
  });

  it("drops annotations of the wrong type from a copy and keeps the others", () => {
    const doc = segmentDoc({
      annotations: { ok: "yes", n: 3, b: false, "a.b": { nested: 1 }, list: [1], none: null },
    });
    const { document, diagnostics } = warned(doc);
    expect(document).not.toBe(doc);
    expect(document.annotations).toEqual({ ok: "yes", n: 3, b: false });
    expect((doc.annotations as Record<string, unknown>)["a.b"]).toEqual({ nested: 1 });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["invalid-annotation", '$.annotations["a.b"]'],
      ["invalid-annotation", "$.annotations.list"],
      ["invalid-annotation", "$.annotations.none"],
    ]);
  });

  it("drops annotations or metadata that are not objects, and warns about non-object metadata namespaces", () => {
    const { document, diagnostics } = warned(
      segmentDoc({
        annotations: [1],
        metadata: "x",
        subsegments: [subsegmentDoc(1, { metadata: { debug: { a: 1 }, bad: 5 } })],
      }),
    );
    expect(document.annotations).toBeUndefined();
    expect(Object.hasOwn(document, "metadata")).toBe(false);
    const sub = (document.subsegments as Record<string, unknown>[])[0];
    expect(sub.metadata).toEqual({ debug: { a: 1 }, bad: 5 });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["invalid-annotation", "$.annotations"],
      ["invalid-metadata", "$.metadata"],
      ["invalid-metadata", "$.subsegments[0].metadata.bad"],
    ]);
  });

  it("drops a cause that is neither an object nor a 16-character id", () => {
    for (const cause of [200, "short", null, ["x"]]) {
      const { document, diagnostics } = warned(segmentDoc({ fault: true, cause }));
      expect(Object.hasOwn(document, "cause")).toBe(false);
      expect(document.fault).toBe(true);
      expect(diagnostics).toMatchObject([{ code: "invalid-cause", path: "$.cause" }]);
    }
  });

  it("drops an invalid embedded subsegment with its subtree and keeps its siblings as they are", () => {
    const sibling = subsegmentDoc(1);
    const bad = { id: hexId(2), name: "no-start", end_time: 1, subsegments: [subsegmentDoc(3)] };
    const untouched = subsegmentDoc(5, { subsegments: [subsegmentDoc(6)] });
    const doc = segmentDoc({
      subsegments: [sibling, subsegmentDoc(4, { subsegments: [bad, "junk"] }), untouched],
    });
    const { document, diagnostics } = warned(doc);
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["invalid-subsegment", "$.subsegments[1].subsegments[0]"],
      ["invalid-subsegment", "$.subsegments[1].subsegments[1]"],
    ]);
    expect(diagnostics[0].message).toContain("start_time");
    const subs = document.subsegments as Record<string, unknown>[];
    expect(subs).toHaveLength(3);
    expect(subs[0]).toBe(sibling);
    expect(subs[2]).toBe(untouched);
    expect(subs[1]).not.toBe((doc.subsegments as unknown[])[1]);
    expect(subs[1].subsegments).toEqual([]);
    expect(
      ((doc.subsegments as Record<string, unknown>[])[1].subsegments as unknown[]).length,
    ).toBe(2);
  });

  it("drops subsegments that are not an array, precursor_ids that are not an array and a type other than subsegment", () => {
    const { document, diagnostics } = warned(
      segmentDoc({ type: "segment", subsegments: { a: 1 }, precursor_ids: "x" }),
    );
    expect(codes(diagnostics).sort()).toEqual([
      "invalid-field",
      "invalid-field",
      "invalid-subsegment",
    ]);
    for (const key of ["type", "subsegments", "precursor_ids"]) {
      expect(Object.hasOwn(document, key)).toBe(false);
    }
  });

  it("warns about times that are not plausible epoch seconds or that end before they start", () => {
    const { document, diagnostics } = warned(
      segmentDoc({ start_time: 14782323361.271, end_time: 14789232374.449 }),
    );
    expect(document.start_time).toBe(14782323361.271);
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["invalid-time", "$.start_time"],
      ["invalid-time", "$.end_time"],
    ]);
    const backwards = warned(segmentDoc({ start_time: 1480615201, end_time: 1480615200 }));
    expect(backwards.diagnostics).toMatchObject([{ code: "invalid-time", path: "$.end_time" }]);
  });

  it("extends a line location with the in-document path", () => {
    const doc = segmentDoc({ subsegments: [subsegmentDoc(1, { namespace: "local" })] });
    const { diagnostics } = validateSegmentDocument(doc, 0, "line 7");
    expect(diagnostics[0].path).toBe("line 7 $.subsegments[0].namespace");
  });
});

describe("validateSegmentDocument: deep and odd trees", () => {
  it("validates a chain of 100,000 nested subsegments without overflowing the stack", () => {
    const doc = deepChain(100_000);
    const result = validateSegmentDocument(doc, 0, "$");
    expect(result.document).toBe(doc);
    expect(result.diagnostics).toEqual([]);
  });

  it("drops an invalid subsegment at depth 100,000 and copies only the chain above it", () => {
    const doc = deepChain(100_000);
    let leafParent = doc;
    for (let i = 0; i < 99_999; i++)
      leafParent = (leafParent.subsegments as Record<string, unknown>[])[0];
    (leafParent.subsegments as Record<string, unknown>[])[0] = { id: "nope" };
    const result = validateSegmentDocument(doc, 0, "$");
    expect(result.diagnostics).toHaveLength(1);
    const [warning] = result.diagnostics;
    expect(warning.code).toBe("invalid-subsegment");
    expect(warning.path).toMatch(
      /^\$(\.subsegments\[0\]){16}…\(99968 more levels\)…(\.subsegments\[0\]){16}$/,
    );
    // (not .not.toBe: Vitest compares deeply to explain it, and recursion overflows at this depth)
    expect(result.document === doc).toBe(false);
    expect(chainDepth(result.document)).toBe(99_999);
    expect(chainDepth(doc)).toBe(100_000);
  });

  it("drops an object that contains itself instead of looping", () => {
    const doc: Record<string, unknown> = segmentDoc();
    const loop: Record<string, unknown> = subsegmentDoc(1);
    loop.subsegments = [loop];
    doc.subsegments = [loop];
    const result = validateSegmentDocument(doc, 0, "$");
    expect(result.diagnostics).toMatchObject([
      { code: "invalid-subsegment", path: "$.subsegments[0].subsegments[0]" },
    ]);
    const kept = (result.document?.subsegments ?? [])[0];
    expect(kept?.subsegments).toEqual([]);
  });

  it("reads annotation keys such as __proto__ as data", () => {
    const doc = JSON.parse(
      `{"name":"n","id":"70de5b6f19ff9a0b","trace_id":"${TRACE_ID}","start_time":1,"end_time":2,` +
        `"annotations":{"__proto__":{"polluted":true},"constructor":"c","ok":1}}`,
    );
    const result = validateSegmentDocument(doc, 0, "$");
    expect(result.diagnostics).toMatchObject([
      { code: "invalid-annotation", path: "$.annotations.__proto__" },
    ]);
    const annotations = result.document?.annotations as Record<string, unknown>;
    expect(Object.keys(annotations).sort()).toEqual(["constructor", "ok"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(annotations)).toBe(Object.prototype);
  });
});
