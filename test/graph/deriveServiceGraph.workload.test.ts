import { describe, expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/index";
import { inferDownstreamService } from "../../src/assemble/inferDownstreamService";
import { deriveServiceGraph } from "../../src/graph/deriveServiceGraph";
import { serviceEdgeKey } from "../../src/graph/serviceEdgeKey";
import { serviceNodeKey } from "../../src/graph/serviceNodeKey";
import type { Subsegment } from "../../src/model/SegmentDocument";
import { generateWorkload } from "../../src/sample/index";

interface RawEntity {
  id: string;
  name: string;
  trace_id?: string;
  parent_id?: string;
  type?: string;
  origin?: string;
  namespace?: string;
  end_time?: number;
  in_progress?: boolean;
  aws?: { invocation_type?: string };
  subsegments?: RawEntity[];
}

const completed = (e: RawEntity): boolean =>
  typeof e.end_time === "number" && e.in_progress !== true;
const isCall = (e: RawEntity): boolean => e.namespace === "aws" || e.namespace === "remote";

/**
 * The calls in the raw documents, counted without the graph code: for each segment document its
 * caller (the subsegment or segment named by parent_id, in whichever document it sits); for each
 * outermost aws/remote subsegment no segment claims, one call to the downstream node the assembly
 * infers; for each segment without parent_id, one call from its client. Completed calls only. A
 * call from an independent subsegment whose segment never arrived counts on its target node only.
 */
function countCalls(sent: readonly RawEntity[]) {
  // X-Ray: a complete document overwrites the in-progress one with the same id
  const byId = new Map<string, RawEntity>();
  for (const d of sent) {
    const seen = byId.get(d.id);
    if (seen === undefined || (!completed(seen) && completed(d))) byId.set(d.id, d);
  }
  const documents = [...byId.values()];
  const segmentOf = new Map<string, RawEntity>(); // entity id (segment or subsegment) → its segment document
  const entity = new Map<string, RawEntity>();
  const calls: { sub: RawEntity; nested: boolean }[] = [];
  const segments = documents.filter((d) => d.type !== "subsegment");
  for (const s of segments) {
    segmentOf.set(s.id, s);
    entity.set(s.id, s);
  }
  // independent subsegments: resolve their segment through parents, possibly other independents
  let pending = documents.filter((d) => d.type === "subsegment");
  const walk = (root: RawEntity, segment: RawEntity, nested: boolean) => {
    const stack: [RawEntity, boolean][] = [[root, nested]];
    while (stack.length > 0) {
      const [e, inCall] = stack.pop()!;
      segmentOf.set(e.id, segment);
      entity.set(e.id, e);
      if (isCall(e)) calls.push({ sub: e, nested: inCall });
      for (const child of e.subsegments ?? []) stack.push([child, inCall || isCall(e)]);
    }
  };
  for (const s of segments) for (const child of s.subsegments ?? []) walk(child, s, false);
  for (let progress = true; progress && pending.length > 0;) {
    progress = false;
    pending = pending.filter((d) => {
      const segment = segmentOf.get(d.parent_id!);
      if (segment === undefined) return true;
      const parent = entity.get(d.parent_id!)!;
      walk(d, segment, parent !== segment && isCall(parent));
      progress = true;
      return false;
    });
  }
  const key = (s: RawEntity) => serviceNodeKey(s.name, s.origin ?? null);
  const edges = new Map<string, number>();
  const nodes = new Map<string, number>();
  const count = (map: Map<string, number>, k: string, ok: boolean) =>
    map.set(k, (map.get(k) ?? 0) + (ok ? 1 : 0));
  const claimed = new Set(segments.map((s) => s.parent_id).filter((p) => p !== undefined));
  for (const s of segments) {
    count(nodes, key(s), completed(s));
    if (s.parent_id === undefined) {
      count(edges, serviceEdgeKey(serviceNodeKey(s.name, "client"), key(s)), completed(s));
      continue;
    }
    const parent = entity.get(s.parent_id);
    if (parent === undefined) continue; // orphan
    const caller = segmentOf.get(s.parent_id)!;
    const view = parent === caller ? s : parent;
    const type = parent !== caller && parent.aws?.invocation_type === "Event" ? "link" : null;
    count(edges, serviceEdgeKey(key(caller), key(s), type), completed(view));
  }
  // independent subsegments whose segment never arrived: their calls have no known caller
  for (const d of pending) {
    const stack: [RawEntity, boolean][] = [[d, false]];
    while (stack.length > 0) {
      const [e, inCall] = stack.pop()!;
      if (isCall(e)) calls.push({ sub: e, nested: inCall });
      for (const child of e.subsegments ?? []) stack.push([child, inCall || isCall(e)]);
    }
  }
  for (const { sub, nested } of calls) {
    if (nested || claimed.has(sub.id)) continue;
    const inferred = inferDownstreamService(sub as unknown as Subsegment);
    const target = serviceNodeKey(inferred.name, inferred.origin ?? null);
    const type = sub.aws?.invocation_type === "Event" ? "link" : null;
    count(nodes, target, completed(sub));
    const caller = segmentOf.get(sub.id);
    if (caller !== undefined)
      count(edges, serviceEdgeKey(key(caller), target, type), completed(sub));
  }
  return { edges, nodes };
}

describe("deriveServiceGraph on the built-in workload", () => {
  const documents = [
    ...generateWorkload({
      traces: 400,
      seed: 11,
      independentSubsegmentRate: 0.3,
      inProgressRate: 0.05,
      missingSegmentRate: 0.05,
    }),
  ];
  const { traces } = assembleTraces(documents);
  const graph = deriveServiceGraph(traces);
  const expected = countCalls(documents as unknown as RawEntity[]);

  it("has an edge for exactly the calls in the documents, each counting its completed calls", () => {
    const ours = new Map(graph.edges.map((e) => [e.key, e.statistics.TotalCount]));
    expect(new Map([...ours].sort())).toEqual(new Map([...expected.edges].sort()));
    expect(graph.edges.length).toBeGreaterThan(8);
    expect(graph.edges.some((e) => e.edgeType === "link")).toBe(true);
  });

  it("counts on each node its completed segments, inferred ones included", () => {
    const ours = new Map(
      graph.nodes.filter((n) => n.kind !== "client").map((n) => [n.key, n.statistics!.TotalCount]),
    );
    expect(new Map([...ours].sort())).toEqual(new Map([...expected.nodes].sort()));
  });

  it("keeps per node and edge: ok + errors + faults = total, and digests of exactly the counted requests", () => {
    for (const item of [...graph.nodes, ...graph.edges]) {
      const s = item.statistics;
      if (s === null) continue;
      expect(s.OkCount + s.ErrorStatistics.TotalCount + s.FaultStatistics.TotalCount).toBe(
        s.TotalCount,
      );
      const digest =
        "responseTimeDigest" in item
          ? (item.responseTimeDigest ??
            ("receivedEventAgeDigest" in item ? item.receivedEventAgeDigest : null))
          : null;
      expect(digest!.count).toBe(s.TotalCount);
      if (s.TotalCount > 0)
        expect(digest!.min * s.TotalCount).toBeLessThanOrEqual(s.TotalResponseTime + 1e-9);
    }
  });
});
