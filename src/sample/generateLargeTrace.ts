import type { SegmentDocument, Subsegment } from "../model/index";
import type { IdSource } from "./createIdSource";
import { buildChainDocuments } from "./buildChainDocuments";
import { createIdSource, createTraceId } from "./createIdSource";
import { createRandom, deriveSeed } from "./createRandom";
import { toEpochSeconds } from "./toEpochSeconds";

/** How the entities of a large trace are arranged. */
export type LargeTraceShape = "wide" | "deep" | "mixed";

export interface LargeTraceOptions {
  /** Number of entities (segments and subsegments) the trace has; at least 3. */
  readonly entities: number;
  /** Seed (default 1). */
  readonly seed?: number;
  /** Default "wide". */
  readonly shape?: LargeTraceShape;
  /** Epoch seconds at which the trace starts (default 1700000000). */
  readonly startTime?: number;
}

const CALLS_PER_BATCH = 100;
const FLAT_SUBSEGMENTS = 18;
const CHAIN_LEVELS = 200;
const WORKERS = 12;
const REGION = "us-west-2";

const DDB = {
  operation: "BatchWriteItem",
  region: REGION,
  retries: 0,
  table_name: "catalog-index",
};
const S3 = { operation: "GetObject", region: REGION, retries: 0, bucket_name: "catalog-sources" };
const OK = { response: { status: 200 } };
const THROTTLED = { response: { status: 429 } };
const WORKER_FIELDS = Array.from({ length: WORKERS }, (_, w) => ({
  name: `index-worker-${w}`,
  origin: "AWS::ECS::Container",
  http: {
    request: { method: "POST", url: `http://index-worker-${w}.internal/index` },
    response: { status: 200 },
  },
}));

function entity(ids: IdSource, name: string, start: number, end: number): Record<string, unknown> {
  return {
    id: ids.nextId(),
    name,
    start_time: toEpochSeconds(start),
    end_time: toEpochSeconds(end),
  };
}

/** Flat subsegments of a worker: custom work with a DynamoDB and an S3 call every nine. */
function flatSubsegments(
  ids: IdSource,
  count: number,
  start: number,
  end: number,
  throttle: boolean,
): Subsegment[] {
  const subs: Subsegment[] = [];
  end = Math.max(start, end);
  const slot = (end - start) / Math.max(1, count);
  for (let k = 0; k < count; k++) {
    const s = start + Math.round(k * slot);
    const e = start + Math.round((k + 1) * slot);
    const kind = k % 9;
    const sub = entity(
      ids,
      kind === 0 ? "DynamoDB" : kind === 4 ? "S3" : k % 2 ? "## transform" : "## tokenize",
      s,
      e,
    );
    if (kind === 0) {
      Object.assign(sub, {
        namespace: "aws",
        aws: DDB,
        http: throttle && k === 0 ? THROTTLED : OK,
      });
      if (throttle && k === 0) Object.assign(sub, { error: true, throttle: true });
    } else if (kind === 4) {
      Object.assign(sub, { namespace: "aws", aws: S3, http: OK });
    }
    subs.push(sub as unknown as Subsegment);
  }
  return subs;
}

/**
 * One trace of about `entities` entities (exactly that many when ≥ 3) for stress stories and
 * benchmarks: an API Gateway segment calling an indexer service that either fans out to workers
 * ("wide": batches of 100 calls, each claimed by a worker segment with 18 subsegments), descends a
 * chain of nested subsegments ("deep": sent as independent subsegments, 25 levels per document),
 * or both ("mixed": every tenth worker runs a 200-level chain). Memory-lean: repeated field
 * objects are shared between entities. Defaults: seed 1, shape "wide", start 1700000000.
 * @example
 * const docs = generateLargeTrace({ entities: 100_000, shape: "deep" });
 */
export function generateLargeTrace(options: LargeTraceOptions): SegmentDocument[] {
  const shape = options.shape ?? "wide";
  if (!Number.isInteger(options.entities) || options.entities < 3) {
    throw new RangeError(`entities must be an integer >= 3, got ${options.entities}`);
  }
  const random = createRandom(
    deriveSeed(options.seed ?? 1, 4, ["wide", "deep", "mixed"].indexOf(shape)),
  );
  const ids = createIdSource(random);
  const t0 = Math.round((options.startTime ?? 1_700_000_000) * 1e6);
  const traceId = createTraceId(t0 / 1e6, random);
  const budget = options.entities - 3;
  const duration = shape === "deep" ? Math.max(5e6, 3 * budget) : 30e6;
  const docs: SegmentDocument[] = [];

  const integration = entity(ids, "indexer.internal", t0 + 2000, t0 + duration - 1000);
  Object.assign(integration, {
    namespace: "remote",
    http: {
      request: { method: "POST", url: "http://indexer.internal/reindex", traced: true },
      response: { status: 200 },
    },
  });
  const gateway = { trace_id: traceId, ...entity(ids, "catalog-api/prod", t0, t0 + duration) };
  Object.assign(gateway, {
    origin: "AWS::APIGateway::Stage",
    http: {
      request: { method: "POST", url: "https://catalog.example.com/prod/reindex" },
      response: { status: 200 },
    },
    subsegments: [integration],
  });
  const o0 = t0 + 3000;
  const o1 = t0 + duration - 2000;
  const orchestrator: Record<string, unknown> = {
    trace_id: traceId,
    ...entity(ids, "catalog-indexer", o0, o1),
    parent_id: integration.id,
    origin: "AWS::ECS::Container",
  };
  docs.push(gateway as unknown as SegmentDocument, orchestrator as unknown as SegmentDocument);

  if (shape === "deep") {
    buildChainDocuments(
      ids,
      { traceId, parentId: orchestrator.id as string, levels: budget, start: o0, end: o1 },
      docs,
    );
    return docs;
  }

  // Plan the workers: each costs its call, its segment and its body; each batch costs one entity.
  const bodies: number[] = [];
  let left = budget;
  for (;;) {
    const chain = shape === "mixed" && bodies.length % 10 === 9;
    const cost =
      2 +
      (chain ? CHAIN_LEVELS : FLAT_SUBSEGMENTS) +
      (bodies.length % CALLS_PER_BATCH === 0 ? 1 : 0);
    if (cost > left) break;
    bodies.push(chain ? -CHAIN_LEVELS : FLAT_SUBSEGMENTS);
    left -= cost;
  }
  if (bodies.length === 0) {
    orchestrator.subsegments = flatSubsegments(ids, left, o0 + 1000, o1 - 1000, false);
    return docs;
  }
  const last = bodies.length - 1;
  bodies[last] = bodies[last] < 0 ? bodies[last] - left : bodies[last] + left;

  const batches = Math.ceil(bodies.length / CALLS_PER_BATCH);
  const window = (o1 - o0 - 2000) / batches;
  for (let b = 0; b < batches; b++) {
    const w0 = Math.round(o0 + 1000 + b * window);
    const w1 = Math.round(o0 + 1000 + (b + 1) * window);
    const batch = {
      trace_id: traceId,
      ...entity(ids, "## dispatch_batch", w0, w1),
      parent_id: orchestrator.id,
      type: "subsegment",
    };
    const calls: Record<string, unknown>[] = [];
    const first = b * CALLS_PER_BATCH;
    const count = Math.min(CALLS_PER_BATCH, bodies.length - first);
    for (let j = 0; j < count; j++) {
      const i = first + j;
      const fields = WORKER_FIELDS[i % WORKERS];
      const cs = w0 + Math.round(((w1 - w0) * 0.3 * j) / CALLS_PER_BATCH);
      const ce = cs + Math.round((w1 - cs) * random.between(0.4, 0.95));
      const call = entity(ids, fields.name, cs, ce);
      Object.assign(call, {
        namespace: "remote",
        http: { request: { ...fields.http.request, traced: true }, response: OK.response },
      });
      calls.push(call);
      const net = Math.max(1, Math.round((ce - cs) * 0.02));
      const worker: Record<string, unknown> = {
        trace_id: traceId,
        ...entity(ids, fields.name, cs + net, ce - net),
        parent_id: call.id,
      };
      Object.assign(worker, { origin: fields.origin, http: fields.http });
      docs.push(worker as unknown as SegmentDocument);
      const body = bodies[i];
      if (body < 0) {
        buildChainDocuments(
          ids,
          { traceId, parentId: worker.id as string, levels: -body, start: cs + net, end: ce - net },
          docs,
        );
      } else {
        worker.subsegments = flatSubsegments(
          ids,
          body,
          cs + net + 1,
          ce - net - 1,
          i % 500 === 499,
        );
      }
    }
    docs.push({ ...batch, subsegments: calls } as unknown as SegmentDocument);
  }
  return docs;
}
