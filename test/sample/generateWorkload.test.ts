import { describe, expect, it } from "vitest";
import type { Segment, SegmentDocument } from "../../src/model/index";
import { readSegmentDocuments } from "../../src/formats/index";
import { generateWorkload } from "../../src/sample/generateWorkload";
import { checkDocument, entitiesOf, exceptionIds, groupByTrace, quantile } from "./documentChecks";

const rootOf = (docs: readonly SegmentDocument[]): Segment | undefined =>
  docs.find((d) => d.type === undefined && d.parent_id === undefined && d.in_progress !== true) as
    Segment | undefined;

describe("generateWorkload", () => {
  it("gives identical documents for the same seed and different ones for another seed", () => {
    const a = JSON.stringify([...generateWorkload({ traces: 200, seed: 42 })]);
    const b = JSON.stringify([...generateWorkload({ traces: 200, seed: 42 })]);
    const c = JSON.stringify([...generateWorkload({ traces: 200, seed: 43 })]);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("keeps a trace identical when more traces are requested with the same seed", () => {
    const few = [...groupByTrace(generateWorkload({ traces: 20, seed: 5, timeRange: 0 }))];
    const many = [...groupByTrace(generateWorkload({ traces: 40, seed: 5, timeRange: 0 }))];
    expect(JSON.stringify(many[7][1])).toBe(JSON.stringify(few[7][1]));
  });

  it("emits only valid documents: ids, trace ids, microsecond times, flags matching status", () => {
    const docs = [
      ...generateWorkload({
        traces: 1500,
        seed: 9,
        inProgressRate: 0.1,
        independentSubsegmentRate: 0.2,
        missingSegmentRate: 0.1,
      }),
    ];
    const problems = docs.flatMap((d, i) => checkDocument(d).map((p) => `doc ${i}: ${p}`));
    expect(problems.slice(0, 10)).toEqual([]);
    const read = readSegmentDocuments(docs);
    expect(read.diagnostics).toEqual([]);
    expect(read.documents).toHaveLength(docs.length);
  });

  it("gives unique entity ids within a trace and resolves every cause id to an exception", () => {
    for (const [traceId, docs] of groupByTrace(generateWorkload({ traces: 600, seed: 3 }))) {
      const seen = new Map<string, boolean>();
      for (const d of docs) {
        for (const e of entitiesOf(d)) {
          const earlier = seen.get(e.id);
          // an in-progress copy and the complete document of one segment share their id
          if (earlier !== undefined && !(e === d && (earlier || d.in_progress === true))) {
            throw new Error(`duplicate id ${e.id} in ${traceId}`);
          }
          seen.set(e.id, e === d && d.in_progress === true);
        }
      }
      const exceptions = exceptionIds(docs);
      for (const d of docs) {
        for (const e of entitiesOf(d)) {
          if (typeof e.cause === "string") expect(exceptions.has(e.cause)).toBe(true);
        }
      }
    }
  });

  it("starts traces inside [startTime, startTime + timeRange) with the trace id naming that second", () => {
    const startTime = 1_650_000_000;
    const timeRange = 600;
    const byTrace = groupByTrace(generateWorkload({ traces: 300, seed: 2, startTime, timeRange }));
    expect(byTrace.size).toBe(300);
    for (const [traceId, docs] of byTrace) {
      const first = Math.min(...docs.map((d) => d.start_time));
      expect(first).toBeGreaterThanOrEqual(startTime);
      expect(first).toBeLessThan(startTime + timeRange);
      expect(parseInt(traceId.slice(2, 10), 16)).toBe(
        Math.floor(rootOf(docs)?.start_time ?? first),
      );
    }
  });

  it("answers at the entry point with error, throttle and fault at the configured rates", () => {
    const rates = { errorRate: 0.1, throttleRate: 0.06, faultRate: 0.08 };
    const byTrace = groupByTrace(
      generateWorkload({
        traces: 2000,
        seed: 11,
        ...rates,
        inProgressRate: 0,
        missingSegmentRate: 0,
      }),
    );
    let error = 0;
    let throttle = 0;
    let fault = 0;
    for (const docs of byTrace.values()) {
      const status = rootOf(docs)!.http!.response!.status!;
      if (status === 429) throttle++;
      else if (status >= 500) fault++;
      else if (status >= 400) error++;
    }
    const n = byTrace.size;
    expect(error / n).toBeCloseTo(rates.errorRate, 1);
    expect(Math.abs(error / n - rates.errorRate)).toBeLessThan(0.025);
    expect(Math.abs(throttle / n - rates.throttleRate)).toBeLessThan(0.02);
    expect(Math.abs(fault / n - rates.faultRate)).toBeLessThan(0.02);
  });

  it("sets no error, throttle or fault anywhere when every rate is zero", () => {
    const docs = generateWorkload({
      traces: 400,
      seed: 4,
      errorRate: 0,
      throttleRate: 0,
      faultRate: 0,
    });
    for (const d of docs) {
      for (const e of entitiesOf(d)) {
        expect(e.error === true || e.throttle === true || e.fault === true).toBe(false);
      }
    }
  });

  it("retries a throttled DynamoDB call of an OK request, recording each attempt", () => {
    const byTrace = groupByTrace(
      generateWorkload({
        traces: 500,
        seed: 15,
        errorRate: 0,
        faultRate: 0,
        throttleRate: 0.3,
        inProgressRate: 0,
        independentSubsegmentRate: 0,
      }),
    );
    let recovered = 0;
    for (const docs of byTrace.values()) {
      if (rootOf(docs)?.http?.response?.status === 429) continue;
      const retried = docs
        .flatMap((d) => entitiesOf(d))
        .filter((e) => e.name === "DynamoDB" && (e.aws?.retries ?? 0) > 0);
      expect(retried.length).toBeLessThanOrEqual(1);
      if (retried.length === 0) continue;
      recovered++;
      const [call] = retried;
      const attempts = call.subsegments!;
      expect(call.http?.response?.status).toBe(200);
      expect(attempts).toHaveLength(call.aws!.retries! + 1);
      expect(attempts.slice(0, -1).every((a) => a.throttle === true)).toBe(true);
      expect(attempts[attempts.length - 1].throttle).toBeUndefined();
    }
    expect(recovered / byTrace.size).toBeGreaterThan(0.15);
  });

  it("captures, splits and loses documents at the configured delivery rates", () => {
    const rates = {
      inProgressRate: 0.1,
      independentSubsegmentRate: 0.15,
      missingSegmentRate: 0.08,
    };
    const byTrace = groupByTrace(generateWorkload({ traces: 2000, seed: 21, ...rates }));
    let partial = 0;
    let split = 0;
    let broken = 0;
    let reachesService = 0;
    for (const docs of byTrace.values()) {
      const complete = new Set(docs.filter((d) => d.in_progress !== true).map((d) => d.id));
      if (docs.some((d) => d.in_progress === true && !complete.has(d.id))) partial++;
      if (docs.some((d) => d.type === "subsegment")) split++;
      // broken: a document names a parent that never arrived, or a traced call is never claimed
      const entities = docs.flatMap((d) => entitiesOf(d));
      const ids = new Set(entities.map((e) => e.id));
      const claimed = new Set(docs.map((d) => d.parent_id));
      if (
        docs.some((d) => d.parent_id !== undefined && !ids.has(d.parent_id)) ||
        entities.some((e) => e.http?.request?.traced === true && !claimed.has(e.id))
      ) {
        broken++;
      }
      const gateway = docs.find((d) => d.name === "storefront-api/prod");
      if (gateway === undefined || (gateway.subsegments ?? []).length > 0) reachesService++;
    }
    const n = byTrace.size;
    const share = reachesService / n;
    expect(Math.abs(partial / n - rates.inProgressRate)).toBeLessThan(0.025);
    expect(Math.abs(split / n - rates.independentSubsegmentRate * share)).toBeLessThan(0.03);
    expect(Math.abs(broken / n - rates.missingSegmentRate * share)).toBeLessThan(0.025);
  });

  it("gives entry-point response times with the configured median and a heavy tail", () => {
    const latencyMedian = 0.2;
    const times: number[] = [];
    const byTrace = groupByTrace(
      generateWorkload({
        traces: 3000,
        seed: 8,
        latencyMedian,
        errorRate: 0,
        throttleRate: 0,
        faultRate: 0,
      }),
    );
    for (const docs of byTrace.values()) {
      const root = rootOf(docs);
      if (root !== undefined) times.push(root.end_time! - root.start_time);
    }
    times.sort((a, b) => a - b);
    expect(quantile(times, 0.5)).toBeGreaterThan(latencyMedian * 0.85);
    expect(quantile(times, 0.5)).toBeLessThan(latencyMedian * 1.15);
    expect(quantile(times, 0.99)).toBeGreaterThan(quantile(times, 0.5) * 5);
    expect(times[0]).toBeGreaterThanOrEqual(0.001 - 1e-6);
    expect(times[times.length - 1]).toBeLessThanOrEqual(60 + 1e-6);
  });

  it("streams: the first documents of 100,000 traces arrive without generating the rest", () => {
    const before = process.memoryUsage().heapUsed;
    const iterator = generateWorkload({ traces: 100_000, seed: 1 });
    const first: SegmentDocument[] = [];
    for (const doc of iterator) {
      first.push(doc);
      if (first.length === 50) break;
    }
    const grown = process.memoryUsage().heapUsed - before;
    expect(first).toHaveLength(50);
    // 100,000 traces are ~2 GB of objects; 50 documents are a few hundred kB
    expect(grown).toBeLessThan(64 * 2 ** 20);
    const starts = first.map((d) => d.start_time);
    expect(Math.max(...starts)).toBeLessThan(1_700_000_000 + 60);
  });

  it("holds one trace at a time while 10,000 traces are consumed", () => {
    let count = 0;
    let peak = 0;
    const base = process.memoryUsage().heapUsed;
    for (const doc of generateWorkload({ traces: 10_000, seed: 6 })) {
      count += doc.id.length > 0 ? 1 : 0;
      if (count % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
    expect(count).toBeGreaterThan(20_000);
    expect(peak).toBeLessThan(200 * 2 ** 20);
  });

  it("rejects invalid options as programmer errors", () => {
    expect(() => generateWorkload({ traces: -1 })).toThrow(RangeError);
    expect(() => generateWorkload({ errorRate: 1.5 })).toThrow(RangeError);
    expect(() => generateWorkload({ errorRate: 0.6, faultRate: 0.6 })).toThrow(RangeError);
    expect([...generateWorkload({ traces: 0 })]).toEqual([]);
  });
});
