/**
 * Hand-made X-Ray documents for the timeline tests, assembled by the real `assembleTraces`.
 * Times are given in seconds after T0 to keep the tests readable.
 */
import { assembleTraces } from "../../../src/assemble/index";
import type { Segment, SegmentDocument, Subsegment, Trace } from "../../../src/model/index";

export const T0 = 1_700_000_000;
export const TRACE_ID = "1-6553f100-0123456789abcdef01234567";

let counter = 0;
/** A fresh 16-hex id. */
export function newId(): string {
  counter++;
  return counter.toString(16).padStart(16, "0");
}

type Extra = Record<string, unknown>;

/** A segment document from `start` to `end` (seconds after T0; `end` null: in progress). */
export function seg(
  id: string,
  name: string,
  start: number,
  end: number | null,
  extra: Extra = {},
): Segment {
  const doc: Record<string, unknown> = { id, name, trace_id: TRACE_ID, start_time: T0 + start };
  if (end === null) doc.in_progress = true;
  else doc.end_time = T0 + end;
  return { ...doc, ...extra } as Segment;
}

/** An embedded subsegment (`end` null: in progress). */
export function sub(
  id: string,
  name: string,
  start: number,
  end: number | null,
  extra: Extra = {},
): Subsegment {
  const doc: Record<string, unknown> = { id, name, start_time: T0 + start };
  if (end === null) doc.in_progress = true;
  else doc.end_time = T0 + end;
  return { ...doc, ...extra } as Subsegment;
}

/** The one trace of `documents` (throws if they form none or several: a broken test). */
export function traceFrom(
  documents: readonly SegmentDocument[],
  options: { inferSegments?: boolean } = {},
): Trace {
  const { traces } = assembleTraces(documents, options);
  if (traces.length !== 1) throw new Error(`expected one trace, got ${traces.length}`);
  return traces[0];
}

/**
 * The web service trace most tests use:
 *
 *   api (AWS::EC2::Instance)  0.0–1.0
 *     DynamoDB (aws, GetItem, 200)   0.1–0.3
 *     S3 (aws, 200)                  0.35–0.6
 *     worker-call (remote, 500)      0.6–0.95
 *       prep                         0.6–0.62
 *   worker (AWS::ECS::Container, parent worker-call, fault, 500) 0.62–0.9
 *     compute (fault, FileNotFoundError)                          0.63–0.85
 *
 * With `inferSegments` the DynamoDB and S3 calls also get inferred segments.
 */
export function webServiceDocuments(): SegmentDocument[] {
  return [
    seg("a000000000000001", "api", 0, 1, {
      origin: "AWS::EC2::Instance",
      http: {
        request: { method: "GET", url: "https://api.example.com/items" },
        response: { status: 500 },
      },
      fault: true,
      subsegments: [
        sub("a000000000000002", "DynamoDB", 0.1, 0.3, {
          namespace: "aws",
          aws: { operation: "GetItem", table_name: "items" },
          http: { response: { status: 200 } },
        }),
        sub("a000000000000003", "S3", 0.35, 0.6, {
          namespace: "aws",
          aws: { operation: "GetObject" },
          http: { response: { status: 200 } },
        }),
        sub("a000000000000004", "worker-call", 0.6, 0.95, {
          namespace: "remote",
          http: { request: { url: "http://worker/run" }, response: { status: 500 } },
          fault: true,
          subsegments: [sub("a000000000000005", "prep", 0.6, 0.62)],
        }),
      ],
    }),
    seg("b000000000000001", "worker", 0.62, 0.9, {
      origin: "AWS::ECS::Container",
      parent_id: "a000000000000004",
      fault: true,
      http: { response: { status: 500 } },
      annotations: { customer: "Acme-Corp" },
      subsegments: [
        sub("b000000000000002", "compute", 0.63, 0.85, {
          fault: true,
          cause: {
            exceptions: [
              { id: "c000000000000001", type: "FileNotFoundError", message: "missing.txt" },
            ],
          },
        }),
      ],
    }),
  ];
}

/** A single segment with a chain of `depth` nested subsegments (each inside the previous). */
export function deepChainDocuments(depth: number): SegmentDocument[] {
  const root: Record<string, unknown> = {
    id: "d000000000000000",
    name: "deep",
    trace_id: TRACE_ID,
    start_time: T0,
    end_time: T0 + 1,
  };
  let parent = root;
  for (let i = 1; i <= depth; i++) {
    const child: Record<string, unknown> = {
      id: `e${i.toString(16).padStart(15, "0")}`,
      name: `level-${i}`,
      start_time: T0 + i * 1e-6,
      end_time: T0 + 1 - i * 1e-6,
    };
    parent.subsegments = [child];
    parent = child;
  }
  return [root as unknown as Segment];
}

/** One entity of a random trace: a segment (`parent` < 0) or a subsegment of an earlier entity. */
export interface RandomEntity {
  readonly parent: number;
  readonly start: number;
  readonly length: number;
  /** Index of the service name for segments. */
  readonly service: number;
  readonly inProgress: boolean;
}

/**
 * Documents for a list of random entities (entity i may nest under any earlier entity; the first
 * one is always a segment). Built iteratively, so deep trees are fine.
 */
export function randomDocuments(entities: readonly RandomEntity[]): SegmentDocument[] {
  const objects: Record<string, unknown>[] = [];
  const docs: SegmentDocument[] = [];
  entities.forEach((e, i) => {
    const id = (i + 1).toString(16).padStart(16, "0");
    const end = e.inProgress ? null : e.start + e.length;
    if (i === 0 || e.parent < 0) {
      const doc = seg(id, `svc${e.service}`, e.start, end) as unknown as Record<string, unknown>;
      objects.push(doc);
      docs.push(doc as unknown as SegmentDocument);
    } else {
      const parent = objects[e.parent % i];
      const child = sub(id, `op${i}`, e.start, end) as unknown as Record<string, unknown>;
      parent.subsegments = [...((parent.subsegments as unknown[]) ?? []), child];
      objects.push(child);
    }
  });
  return docs;
}
