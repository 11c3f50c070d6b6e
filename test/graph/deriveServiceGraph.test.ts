import { describe, expect, it } from "vitest";
import { createServiceGraphBuilder } from "../../src/graph/createServiceGraphBuilder";
import { deriveServiceGraph } from "../../src/graph/deriveServiceGraph";
import { serviceEdgeKey } from "../../src/graph/serviceEdgeKey";
import { serviceNodeKey } from "../../src/graph/serviceNodeKey";
import { toGetServiceGraphResponse } from "../../src/graph/toGetServiceGraphResponse";
import type { ServiceGraph } from "../../src/model/ServiceGraph";
import { assemble, entityId, traceId } from "./support/assemble";

const web = serviceNodeKey("web", "AWS::EC2::Instance");
const client = serviceNodeKey("web", "client");
const users = serviceNodeKey("users", "AWS::DynamoDB::Table");
const api = serviceNodeKey("api", null);

/** Four traces of a web service: ok, throttled, in progress, and an orphan of its downstream API. */
function webTraces() {
  return assemble([
    {
      trace_id: traceId(1),
      id: entityId(1),
      name: "web",
      origin: "AWS::EC2::Instance",
      start_time: 100,
      end_time: 101,
      http: { response: { status: 200 } },
      aws: { account_id: "111" },
      subsegments: [
        {
          id: entityId(11),
          name: "DynamoDB",
          namespace: "aws",
          start_time: 100.1,
          end_time: 100.3,
          aws: { table_name: "users", operation: "GetItem" },
        },
        {
          id: entityId(12),
          name: "api.example.com",
          namespace: "remote",
          start_time: 100.4,
          end_time: 100.9,
          fault: true,
          http: { request: { url: "https://api.example.com/x" }, response: { status: 500 } },
        },
        { id: entityId(13), name: "## background", start_time: 100.9, end_time: 101.2 },
      ],
    },
    {
      trace_id: traceId(1),
      id: entityId(2),
      name: "api",
      parent_id: entityId(12),
      start_time: 100.45,
      end_time: 100.85,
      fault: true,
    },
    {
      trace_id: traceId(2),
      id: entityId(3),
      name: "web",
      origin: "AWS::EC2::Instance",
      start_time: 200,
      end_time: 200.5,
      throttle: true,
      error: true,
      subsegments: [
        {
          id: entityId(31),
          name: "DynamoDB",
          namespace: "aws",
          start_time: 200.1,
          end_time: 200.2,
          error: true,
          aws: { table_name: "users" },
        },
      ],
    },
    {
      trace_id: traceId(3),
      id: entityId(4),
      name: "web",
      origin: "AWS::EC2::Instance",
      start_time: 300,
      in_progress: true,
    },
    {
      trace_id: traceId(4),
      id: entityId(5),
      name: "api",
      parent_id: "ffffffffffffffff",
      start_time: 400,
      end_time: 400.2,
    },
  ]);
}

const stats = (
  ok: number,
  throttle: number,
  otherError: number,
  fault: number,
  responseTime: number,
) => ({
  OkCount: ok,
  ErrorStatistics: {
    ThrottleCount: throttle,
    OtherCount: otherError,
    TotalCount: throttle + otherError,
  },
  FaultStatistics: { OtherCount: fault, TotalCount: fault },
  TotalCount: ok + throttle + otherError + fault,
  TotalResponseTime: expect.closeTo(responseTime, 9) as unknown as number,
});

const node = (graph: ServiceGraph, key: string) => graph.nodeByKey.get(key)!;
const edge = (graph: ServiceGraph, from: string, to: string, type: string | null = null) =>
  graph.edgeByKey.get(serviceEdgeKey(from, to, type))!;

describe("deriveServiceGraph", () => {
  const graph = deriveServiceGraph(webTraces());

  it("makes a node per (name, origin), an inferred node per unclaimed downstream call and a client node per root", () => {
    expect(graph.nodes.map((n) => [n.key, n.kind, n.state, n.root])).toEqual([
      [api, "service", "active", false],
      [users, "inferred", "unknown", false],
      [web, "service", "active", true],
      [client, "client", "unknown", false],
    ]);
    expect(graph.nodes.map((n) => n.referenceId)).toEqual([0, 1, 2, 3]);
    expect(node(graph, web).accountId).toBe("111");
    expect(node(graph, client).statistics).toBeNull();
    expect(node(graph, client).responseTimeDigest).toBeNull();
  });

  it("counts a node's own completed segments: fault > throttle > error > ok, in-progress left out", () => {
    expect(node(graph, web).statistics).toEqual(stats(1, 1, 0, 0, 1.5));
    expect(node(graph, api).statistics).toEqual(stats(1, 0, 0, 1, 0.6));
    expect(node(graph, users).statistics).toEqual(stats(1, 0, 1, 0, 0.3));
  });

  it("counts edges from the caller's subsegments (network included), client edges from the root segments", () => {
    expect(graph.edges.map((e) => e.key)).toEqual([
      serviceEdgeKey(web, api),
      serviceEdgeKey(web, users),
      serviceEdgeKey(client, web),
    ]);
    // the caller saw 0.5 s, the API itself 0.4 s
    expect(edge(graph, web, api).statistics).toEqual(stats(0, 0, 0, 1, 0.5));
    expect(edge(graph, web, users).statistics).toEqual(stats(1, 0, 1, 0, 0.3));
    expect(edge(graph, client, web).statistics).toEqual(node(graph, web).statistics);
    expect(edge(graph, web, api).aliases).toEqual([
      { Name: "api.example.com", Names: ["api.example.com"], Type: "remote" },
    ]);
    expect(edge(graph, web, users).aliases).toEqual([]);
  });

  it("keeps a t-digest of response times per node and edge, and of durations per node", () => {
    const rt = node(graph, web).responseTimeDigest!;
    expect(rt.count).toBe(2);
    expect([rt.min, rt.max]).toEqual([0.5, 1]);
    // duration reaches the end of the background subsegment that outlives the response
    const duration = node(graph, web).durationDigest!;
    expect(duration.max).toBeCloseTo(1.2, 9);
    expect(duration.min).toBeCloseTo(0.5, 9);
    const call = edge(graph, web, api).responseTimeDigest!;
    expect(call.count).toBe(1);
    expect(call.quantile(0.5)).toBeCloseTo(0.5, 9);
    expect(edge(graph, web, api).receivedEventAgeDigest).toBeNull();
  });

  it("keeps every duration whether the first differing one comes first or last", () => {
    for (const traces of [webTraces(), [...webTraces()].reverse()]) {
      const duration = node(deriveServiceGraph(traces), web).durationDigest!;
      expect(duration.count).toBe(2);
      expect([duration.min, duration.max].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([
        0.5, 1.2,
      ]);
    }
    // a node whose durations all equal its response times still has its own digest object
    const api = node(graph, serviceNodeKey("api", null));
    expect(api.durationDigest).not.toBe(api.responseTimeDigest);
    expect(api.durationDigest!.count).toBe(api.responseTimeDigest!.count);
  });

  it("spans each node's and edge's time range, in-progress starts included", () => {
    expect([node(graph, web).startTime, node(graph, web).endTime]).toEqual([100, 300]);
    expect([node(graph, client).startTime, node(graph, client).endTime]).toEqual([100, 300]);
    expect([edge(graph, web, users).startTime, edge(graph, web, users).endTime]).toEqual([
      100.1, 200.2,
    ]);
    expect([graph.startTime, graph.endTime]).toEqual([100, 400.2]);
  });

  it("numbers ReferenceIds by key, so they are the same whatever the trace order", () => {
    const traces = webTraces();
    const a = toGetServiceGraphResponse(deriveServiceGraph(traces));
    const b = toGetServiceGraphResponse(deriveServiceGraph([...traces].reverse()));
    expect(b).toEqual(a);
  });

  it("keeps only the traces the filter accepts", () => {
    const filtered = deriveServiceGraph(webTraces(), { filter: (t) => t.id === traceId(2) });
    expect(filtered.nodes.map((n) => n.key)).toEqual([users, web, client]);
    expect(node(filtered, web).statistics!.TotalCount).toBe(1);
  });

  it("makes a node inferred in one trace a service once it sends segments itself, in either order", () => {
    const host = serviceNodeKey("api.example.com", null);
    const inferredFirst = assemble([
      {
        trace_id: traceId(8),
        id: entityId(80),
        name: "web",
        start_time: 100,
        end_time: 101,
        subsegments: [
          {
            id: entityId(81),
            name: "api.example.com",
            namespace: "remote",
            start_time: 100.2,
            end_time: 100.4,
            http: { request: { url: "https://api.example.com/x" } },
          },
        ],
      },
    ]);
    const instrumented = assemble([
      {
        trace_id: traceId(9),
        id: entityId(90),
        name: "api.example.com",
        start_time: 200,
        end_time: 201,
      },
    ]);
    for (const traces of [
      [...inferredFirst, ...instrumented],
      [...instrumented, ...inferredFirst],
    ]) {
      const graph = deriveServiceGraph(traces);
      expect(node(graph, host).kind).toBe("service");
      expect(node(graph, host).statistics!.TotalCount).toBe(2); // the inferred call and the segment
    }
    expect(node(deriveServiceGraph(inferredFirst), host).kind).toBe("inferred");
  });

  it("returns an empty graph for no traces", () => {
    const empty = deriveServiceGraph([]);
    expect([empty.nodes, empty.edges, empty.startTime, empty.endTime]).toEqual([[], [], 0, 0]);
  });
});

/** A caller invoking a Lambda function: the Lambda service segment, then the function segment. */
function lambdaTrace(n: number, invocationType: "RequestResponse" | "Event") {
  const t = 10 * n;
  return [
    {
      trace_id: traceId(n),
      id: entityId(n, 1),
      name: "web",
      start_time: t,
      end_time: t + 2.1,
      subsegments: [
        {
          id: entityId(n, 2),
          name: "Lambda",
          namespace: "aws",
          start_time: t,
          end_time: t + 2,
          aws: { operation: "Invoke", function_name: "fn", invocation_type: invocationType },
        },
      ],
    },
    {
      trace_id: traceId(n),
      id: entityId(n, 3),
      name: "fn",
      origin: "AWS::Lambda",
      parent_id: entityId(n, 2),
      start_time: t + 0.25,
      end_time: t + 1.95,
    },
    {
      trace_id: traceId(n),
      id: entityId(n, 4),
      name: "fn",
      origin: "AWS::Lambda::Function",
      parent_id: entityId(n, 3),
      start_time: t + 0.5,
      end_time: t + 1.9,
    },
  ];
}

describe("deriveServiceGraph with Lambda", () => {
  const caller = serviceNodeKey("web", null);
  const service = serviceNodeKey("fn", "AWS::Lambda");
  const fn = serviceNodeKey("fn", "AWS::Lambda::Function");

  it("gives Lambda two nodes of the same name and the edge between them", () => {
    const graph = deriveServiceGraph(assemble(lambdaTrace(1, "RequestResponse")));
    expect(graph.nodes.map((n) => n.key)).toEqual([
      service,
      fn,
      serviceNodeKey("web", "client"),
      caller,
    ]);
    expect(edge(graph, caller, service).statistics).toEqual(stats(1, 0, 0, 0, 2));
    // the Lambda service → function edge is the function segment's own view
    expect(edge(graph, service, fn).statistics).toEqual(stats(1, 0, 0, 0, 1.4));
    expect(edge(graph, caller, service).edgeType).toBeNull();
  });

  it("marks an asynchronous invocation (InvocationType Event) as a link edge with event ages", () => {
    const graph = deriveServiceGraph(
      assemble([...lambdaTrace(1, "Event"), ...lambdaTrace(2, "RequestResponse")]),
    );
    const link = edge(graph, caller, service, "link");
    expect(link.edgeType).toBe("link");
    expect(link.statistics.TotalCount).toBe(1);
    expect(link.responseTimeDigest).toBeNull();
    expect(link.receivedEventAgeDigest!.quantile(0.5)).toBeCloseTo(0.25, 9);
    expect(edge(graph, caller, service).statistics.TotalCount).toBe(1);
    const response = toGetServiceGraphResponse(graph);
    const edges = response.Services.find((s) => s.Name === "web" && s.Type === null)!.Edges;
    expect(edges.map((e) => e.EdgeType ?? null).sort()).toEqual(["link", null]);
    expect(edges.find((e) => e.EdgeType === "link")!.ReceivedEventAgeHistogram).toEqual([
      { Value: expect.closeTo(0.25, 9), Count: 1 },
    ]);
  });
});

describe("deriveServiceGraph with segment links", () => {
  const producerTrace = {
    trace_id: traceId(7),
    id: entityId(7, 1),
    name: "producer",
    start_time: 50,
    end_time: 51,
    subsegments: [
      {
        id: entityId(7, 2),
        name: "SQS",
        namespace: "aws",
        start_time: 50.1,
        end_time: 50.2,
        aws: { operation: "SendMessage" },
      },
    ],
  };
  const consumerTrace = {
    trace_id: traceId(8),
    id: entityId(8, 1),
    name: "consumer",
    start_time: 53,
    end_time: 54,
    links: [
      { trace_id: traceId(7), id: entityId(7, 2) },
      { trace_id: traceId(99), id: entityId(1) },
    ],
  };
  const queue = serviceNodeKey("SQS", "AWS::SQS");
  const consumer = serviceNodeKey("consumer", null);

  it("draws a link edge from the queue the producer sent to, whichever trace comes first", () => {
    for (const order of [
      [producerTrace, consumerTrace],
      [consumerTrace, producerTrace],
    ]) {
      const traces = assemble(order);
      const ordered = order[0] === producerTrace ? traces : [...traces].reverse();
      const graph = deriveServiceGraph(ordered);
      const link = edge(graph, queue, consumer, "link");
      expect(link.statistics.TotalCount).toBe(1);
      expect(link.receivedEventAgeDigest!.quantile(0.5)).toBeCloseTo(2.8, 9);
      expect(graph.edges.filter((e) => e.edgeType === "link")).toHaveLength(1);
    }
  });

  it("a builder resolves cross-trace links only with linkScope input (its default is trace)", () => {
    const traces = assemble([producerTrace, consumerTrace]);
    const plain = createServiceGraphBuilder();
    plain.addTraces(traces);
    expect(plain.build().edges.filter((e) => e.edgeType === "link")).toEqual([]);
    const linking = createServiceGraphBuilder({ linkScope: "input" });
    linking.addTraces(traces);
    expect(linking.build().edges.filter((e) => e.edgeType === "link")).toHaveLength(1);
  });

  it("with linkScope trace, resolves links inside a trace only", () => {
    const graph = deriveServiceGraph(assemble([producerTrace, consumerTrace]), {
      linkScope: "trace",
    });
    expect(graph.edges.filter((e) => e.edgeType === "link")).toEqual([]);
    const same = deriveServiceGraph(
      assemble([{ ...producerTrace, links: [{ id: entityId(7, 2) }] }]),
      { linkScope: "trace" },
    );
    expect(same.edges.filter((e) => e.edgeType === "link").map((e) => e.source)).toEqual([queue]);
  });
});
