import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/assembleTraces";
import type { SegmentDocument } from "../../src/model/SegmentDocument";
import { OTHER_TRACE, TRACE, preorder, shape } from "./documents";

/** One generated entity: how it is sent and where its parent is. */
const entityArb = fc.record({
  role: fc.constantFrom("segment", "embedded", "independent", "orphan"),
  parent: fc.nat(40),
  start: fc.integer({ min: 0, max: 20 }),
  duration: fc.integer({ min: 0, max: 10 }),
  namespace: fc.constantFrom(undefined, undefined, "aws", "remote"),
  name: fc.constantFrom("S3", "DynamoDB", "api", "work"),
  flag: fc.constantFrom(undefined, "fault", "error", "throttle"),
  inProgress: fc.boolean(),
  earlyInProgressCopy: fc.boolean(),
  otherTrace: fc.boolean(),
  annotation: fc.option(fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean()), {
    nil: undefined,
  }),
});

type Entity = typeof entityArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Materializes entities into documents with unique ids: segments (root or calling any entity),
 * subsegments embedded in an earlier entity, independent subsegments naming any entity (parent
 * cycles and self-parents included), orphans; plus in-progress copies of some documents.
 */
function toDocuments(entities: Entity[]): SegmentDocument[] {
  const objects = entities.map((e, i) => {
    const o: Record<string, unknown> = {
      id: `e${i.toString().padStart(15, "0")}`,
      name: e.name,
      start_time: 1000 + e.start,
    };
    if (e.inProgress && i % 3 === 0) o.in_progress = true;
    else o.end_time = 1000 + e.start + e.duration;
    if (e.namespace !== undefined && e.role !== "segment") o.namespace = e.namespace;
    if (e.flag !== undefined) o[e.flag] = true;
    if (e.annotation !== undefined) o.annotations = { k: e.annotation };
    return o;
  });
  const docs: SegmentDocument[] = [];
  entities.forEach((e, i) => {
    const o = objects[i];
    const traceId = e.otherTrace && i % 2 === 1 ? OTHER_TRACE : TRACE;
    if (e.role === "embedded" && i > 0) {
      const parent = objects[e.parent % i];
      ((parent.subsegments ??= []) as unknown[]).push(o);
      return;
    }
    o.trace_id = traceId;
    if (e.role === "segment") {
      if (e.parent % 3 !== 0) o.parent_id = objects[e.parent % entities.length].id;
      o.origin = "AWS::EC2::Instance";
    } else {
      o.type = "subsegment";
      o.parent_id =
        e.role === "orphan" ? "ffffffffffffffff" : objects[e.parent % entities.length].id;
    }
    docs.push(o as unknown as SegmentDocument);
    if (e.earlyInProgressCopy && o.end_time !== undefined) {
      const { end_time: _end, subsegments: _subs, ...rest } = o;
      docs.push({ ...rest, in_progress: true } as unknown as SegmentDocument);
    }
  });
  return docs;
}

const documentsArb = fc.array(entityArb, { minLength: 1, maxLength: 30 }).map(toDocuments);

describe("assembleTraces properties", () => {
  it("assembleTraces puts every input document's id in a node of its trace or in a diagnostic", () => {
    fc.assert(
      fc.property(documentsArb, (docs) => {
        const { traces, diagnostics } = assembleTraces(docs);
        const byId = new Map(traces.map((t) => [t.id, t]));
        const named = new Set(diagnostics.map((d) => d.segmentId));
        for (const doc of docs) {
          const inTrace = byId.get(doc.trace_id)?.nodes.has(doc.id) === true;
          expect(inTrace || named.has(doc.id)).toBe(true);
        }
      }),
    );
  });

  it("assembleTraces gives the same trees and summaries for any input order", () => {
    fc.assert(
      fc.property(
        documentsArb.chain((docs) =>
          fc.tuple(fc.constant(docs), fc.shuffledSubarray(docs, { minLength: docs.length })),
        ),
        ([docs, shuffled]) => {
          const a = assembleTraces(docs).traces;
          const b = assembleTraces(shuffled).traces;
          expect(b.map((t) => t.id)).toEqual(a.map((t) => t.id));
          for (let i = 0; i < a.length; i++) {
            expect(shape(b[i])).toEqual(shape(a[i]));
            expect(b[i].summary).toEqual(a[i].summary);
          }
        },
      ),
    );
  });

  it("assembleTraces reaches every node from the roots with depth = parent depth + 1 and no node its own ancestor", () => {
    fc.assert(
      fc.property(documentsArb, (docs) => {
        for (const trace of assembleTraces(docs).traces) {
          const order = preorder(trace);
          expect(order.length).toBe(trace.nodes.size);
          for (const node of order) {
            expect(trace.nodes.get(node.id)).toBe(node);
            expect(node.depth).toBe(node.parent === null ? 0 : node.parent.depth + 1);
            if (node.parent !== null) expect(node.parent.children).toContain(node);
            let steps = 0;
            for (let p = node.parent; p !== null; p = p.parent) {
              expect(p).not.toBe(node);
              expect(++steps).toBeLessThanOrEqual(trace.nodes.size);
            }
          }
          for (const root of trace.roots) expect(root.parent).toBeNull();
        }
      }),
    );
  });

  it("assembleTraces orders every node's children by start time", () => {
    fc.assert(
      fc.property(documentsArb, (docs) => {
        for (const trace of assembleTraces(docs).traces) {
          for (const node of trace.nodes.values()) {
            for (let i = 1; i < node.children.length; i++) {
              expect(node.children[i].startTime).toBeGreaterThanOrEqual(
                node.children[i - 1].startTime,
              );
            }
          }
        }
      }),
    );
  });
});
