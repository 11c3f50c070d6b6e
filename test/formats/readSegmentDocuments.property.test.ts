import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSegmentDocuments } from "../../src/formats/parseSegmentDocuments";
import { readSegmentDocuments } from "../../src/formats/readSegmentDocuments";
import type { ReadSegmentDocumentsResult } from "../../src/formats/ReadSegmentDocumentsResult";
import { expectEveryDocumentAccounted } from "./fixtures";

type Json = Record<string, unknown>;

const hex = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: length, maxLength: length });
const traceId = fc.tuple(hex(8), hex(24)).map(([time, random]) => `1-${time}-${random}`);
const annotationValue = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer(),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A valid entity (segment body or subsegment) with up to `depth` levels of subsegments. */
const entity: (depth?: number) => fc.Arbitrary<Json> = fc.memo((depth: number) =>
  fc
    .record(
      {
        id: hex(16),
        name: fc.string({ maxLength: 20 }),
        start_time: fc.double({ min: 1e9, max: 2e9, noNaN: true }),
        duration: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
        namespace: fc.constantFrom("aws", "remote"),
        annotations: fc.dictionary(fc.string({ maxLength: 8 }), annotationValue, { maxKeys: 3 }),
        metadata: fc.dictionary(
          fc.string({ maxLength: 8 }),
          fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
          { maxKeys: 2 },
        ),
        http: fc.record({
          response: fc.record({
            status: fc.integer({ min: 100, max: 599 }),
            content_length: fc.integer({ min: -1, max: 1e6 }),
          }),
        }),
        cause: fc.oneof(
          hex(16),
          fc.record({
            exceptions: fc.array(fc.record({ id: hex(16), message: fc.string() }), {
              maxLength: 2,
            }),
          }),
        ),
        extra: fc.jsonValue({ maxDepth: 2 }),
        subsegments: depth <= 1 ? fc.constant([]) : fc.array(entity(depth - 1), { maxLength: 3 }),
      },
      { requiredKeys: ["id", "name", "start_time", "duration"] },
    )
    .map(({ duration, extra, ...fields }) => {
      const base: Json = { ...fields };
      if (duration === undefined) base.in_progress = true;
      else base.end_time = fields.start_time + duration;
      if (extra !== undefined) base.Extra = extra;
      return base;
    }),
);

/** A valid segment document or independent subsegment, as JSON would give it back. */
const document: fc.Arbitrary<Json> = fc
  .tuple(entity(3), traceId, fc.boolean(), hex(16))
  .map(([body, trace, independent, parent]) => {
    const { namespace: _ns, ...segment } = body;
    const doc = independent
      ? { ...body, trace_id: trace, type: "subsegment", parent_id: parent }
      : { ...segment, trace_id: trace };
    return JSON.parse(JSON.stringify(doc)) as Json;
  });

const header = '{"format":"json","version":1}';

function envelopeText(kind: string, docs: Json[]): string {
  switch (kind) {
    case "array":
      return JSON.stringify(docs);
    case "ndjson":
      return docs.map((d) => JSON.stringify(d)).join("\n");
    case "daemon":
      return docs.map((d) => `${header}\n${JSON.stringify(d)}`).join("\n");
    case "put-trace-segments":
      return JSON.stringify({ TraceSegmentDocuments: docs.map((d) => JSON.stringify(d)) });
    default:
      return JSON.stringify({
        Traces: [
          {
            Id: docs[0]?.trace_id,
            Segments: docs.map((d) => ({ Id: d.id, Document: JSON.stringify(d) })),
          },
        ],
        UnprocessedTraceIds: [],
      });
  }
}

function expectAcceptedAreValid(result: ReadSegmentDocumentsResult): void {
  const idPattern = /^[0-9a-fA-F]{16}$/;
  const problems: string[] = [];
  for (const doc of result.documents) {
    if (!/^\d-[0-9a-fA-F]{8}-[0-9a-fA-F]{24}$/.test(String(doc.trace_id)))
      problems.push("trace_id");
    const stack: unknown[] = [doc];
    while (stack.length > 0) {
      const e = stack.pop() as Json;
      if (!idPattern.test(String(e.id))) problems.push(`id ${String(e.id)}`);
      if (typeof e.name !== "string") problems.push("name");
      if (!Number.isFinite(e.start_time)) problems.push("start_time");
      if (e.end_time === undefined ? e.in_progress !== true : !Number.isFinite(e.end_time)) {
        problems.push("end");
      }
      if (e.annotations !== undefined) {
        for (const value of Object.values(e.annotations as Json)) {
          if (!["string", "number", "boolean"].includes(typeof value)) problems.push("annotation");
        }
      }
      if (e.subsegments !== undefined) {
        if (Array.isArray(e.subsegments)) stack.push(...(e.subsegments as unknown[]));
        else problems.push("subsegments");
      }
    }
  }
  expect(problems).toEqual([]);
}

/** Sets `key` of one entity (chosen by `pick`) of a copy of `doc` to `value`, or deletes it. */
function mutate(doc: Json, pick: number, key: string, value: unknown): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const entities: Json[] = [];
  const stack: Json[] = [copy];
  while (stack.length > 0) {
    const e = stack.pop() as Json;
    entities.push(e);
    if (Array.isArray(e.subsegments)) stack.push(...(e.subsegments as Json[]));
  }
  const target = entities[pick % entities.length];
  // Through JSON, so that the value reads the same from text (fc.jsonValue gives -0, JSON gives 0).
  if (value === undefined) delete target[key];
  else target[key] = JSON.parse(JSON.stringify(value));
  return copy;
}

const fieldKeys = [
  "id",
  "name",
  "trace_id",
  "start_time",
  "end_time",
  "in_progress",
  "parent_id",
  "type",
  "namespace",
  "annotations",
  "metadata",
  "cause",
  "subsegments",
  "precursor_ids",
  "http",
];
const mutation = fc.tuple(
  fc.nat(),
  fc.constantFrom(...fieldKeys),
  fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
);
const fragments = fc.constantFrom(
  "{",
  "}",
  "[",
  "]",
  '"',
  ",",
  ":",
  "\n",
  " ",
  "\\",
  "1",
  "true",
  "null",
  '"id"',
  header + "\n",
  '{"format":"json"}',
  '"TraceSegmentDocuments":',
  '"Traces":[{"Segments":[{"Document":',
);

describe("reader properties", () => {
  it("reads valid documents back unchanged from every envelope", () => {
    fc.assert(
      fc.property(
        fc.array(document, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("array", "ndjson", "daemon", "put-trace-segments", "batch-get-traces"),
        (docs, kind) => {
          const result = parseSegmentDocuments(envelopeText(kind, docs));
          const format = kind === "ndjson" && docs.length === 1 ? "document" : kind;
          expect(result.format).toBe(format);
          expect(result.diagnostics).toEqual([]);
          expect(result.documents).toEqual(docs);
          expect(result.documentIndices).toEqual(docs.map((_, i) => i));
          if (kind === "array" || kind === "put-trace-segments" || kind === "batch-get-traces") {
            const fromValue = readSegmentDocuments(JSON.parse(envelopeText(kind, docs)));
            expect(fromValue.documents).toEqual(docs);
            expect(fromValue.diagnostics).toEqual([]);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it("accounts for every document of mutated input, keeps only valid entities and never modifies the input", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(document, mutation), { minLength: 1, maxLength: 4 }),
        (items) => {
          const docs = items.map(([doc, [pick, key, value]]) => mutate(doc, pick, key, value));
          const before = JSON.stringify(docs);
          const fromValue = readSegmentDocuments(docs);
          expect(JSON.stringify(docs)).toBe(before);
          expect(fromValue.inputCount).toBe(docs.length);
          expectEveryDocumentAccounted(fromValue);
          expectAcceptedAreValid(fromValue);
          const fromText = parseSegmentDocuments(envelopeText("ndjson", docs));
          expectEveryDocumentAccounted(fromText);
          expectAcceptedAreValid(fromText);
          expect(fromText.documents).toEqual(fromValue.documents);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("never throws on arbitrary strings and accounts for every document", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.array(fragments, { maxLength: 40 }).map((parts) => parts.join("")),
        ),
        (text) => {
          const result = parseSegmentDocuments(text);
          expectEveryDocumentAccounted(result);
          expectAcceptedAreValid(result);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("never throws on corrupted envelope text and accounts for every document", () => {
    fc.assert(
      fc.property(
        fc.array(document, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("array", "ndjson", "daemon", "put-trace-segments", "batch-get-traces"),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fragments), { minLength: 1, maxLength: 4 }),
        (docs, kind, edits) => {
          let text = envelopeText(kind, docs);
          for (const [at, remove, insert] of edits) {
            const position = at % (text.length + 1);
            text = text.slice(0, position) + insert + text.slice(position + remove);
          }
          const result = parseSegmentDocuments(text);
          expectEveryDocumentAccounted(result);
          expectAcceptedAreValid(result);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("never throws on arbitrary JSON values, alone or inside envelopes, and accounts for every document", () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const anyInput = fc.oneof(
      fc.anything(),
      value,
      fc.record({
        TraceSegmentDocuments: fc.oneof(
          value,
          fc.array(
            fc.oneof(
              fc.string(),
              value,
              value.map((v) => JSON.stringify(v)),
            ),
          ),
        ),
      }),
      fc.record(
        {
          Traces: fc.oneof(
            value,
            fc.array(
              fc.record(
                {
                  Id: fc.oneof(traceId, value),
                  Segments: fc.oneof(
                    value,
                    fc.array(
                      fc.record(
                        {
                          Id: value,
                          Document: fc.oneof(
                            value,
                            value.map((v) => JSON.stringify(v)),
                          ),
                        },
                        { requiredKeys: [] },
                      ),
                    ),
                  ),
                },
                { requiredKeys: [] },
              ),
            ),
          ),
          UnprocessedTraceIds: value,
        },
        { requiredKeys: ["Traces"] },
      ),
    );
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = readSegmentDocuments(input);
        expectEveryDocumentAccounted(result);
        expectAcceptedAreValid(result);
        if (input !== undefined) {
          const text = JSON.stringify(input);
          if (text !== undefined) expectEveryDocumentAccounted(parseSegmentDocuments(text));
        }
      }),
      { numRuns: 100 },
    );
  });
});
