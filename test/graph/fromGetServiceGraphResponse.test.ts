import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromGetServiceGraphResponse } from "../../src/graph/fromGetServiceGraphResponse";
import { serviceNodeKey } from "../../src/graph/serviceNodeKey";
import { toGetServiceGraphResponse } from "../../src/graph/toGetServiceGraphResponse";
import { describeCorpus, readCorpus } from "../support/corpus";

interface RawService {
  ReferenceId: number;
  Name: string;
  Type?: string | null;
  Edges: { ReferenceId: number; ResponseTimeHistogram: { Value: number; Count: number }[] }[];
  ResponseTimeHistogram?: { Value: number; Count: number }[];
  SummaryStatistics?: { TotalCount: number };
}

const sortedEntries = (entries: readonly { Value: number; Count: number }[]) =>
  [...entries].sort((a, b) => a.Value - b.Value);

describeCorpus("fromGetServiceGraphResponse on real responses", () => {
  it("reads the developer guide's GetServiceGraph example: nodes, kinds, edges, statistics, digests", () => {
    const text = readCorpus("awsdocs-xray-devguide__GetServiceGraph-response.json");
    const { graph, diagnostics } = fromGetServiceGraphResponse(text);
    expect(diagnostics).toEqual([]);
    expect(
      graph.nodes.map((n) => [n.referenceId, n.name, n.type, n.kind, n.state, n.root]),
    ).toEqual([
      [3, "SNS", "AWS::SNS", "inferred", "unknown", false],
      [
        1,
        "awseb-e-dixzws4s9p-stack-StartupSignupsTable-4IMSMHAYX2BA",
        "AWS::DynamoDB::Table",
        "inferred",
        "unknown",
        false,
      ],
      [2, "xray-sample.elasticbeanstalk.com", "AWS::EC2::Instance", "service", "active", true],
      [0, "xray-sample.elasticbeanstalk.com", "client", "client", "unknown", false],
    ]);
    expect(graph.edges).toHaveLength(3);
    const client = graph.nodeByKey.get(
      serviceNodeKey("xray-sample.elasticbeanstalk.com", "client"),
    )!;
    expect(client.statistics).toBeNull();
    const root = graph.nodeByKey.get(
      serviceNodeKey("xray-sample.elasticbeanstalk.com", "AWS::EC2::Instance"),
    )!;
    expect(root.statistics!.TotalCount).toBe(4);
    expect(root.statistics!.ErrorStatistics.OtherCount).toBe(1);
    expect(root.statistics!.TotalResponseTime).toBeCloseTo(0.273, 12);
    expect(root.responseTimeDigest!.count).toBe(4);
    expect([root.responseTimeDigest!.min, root.responseTimeDigest!.max]).toEqual([0.005, 0.157]);
    expect([root.startTime, root.endTime]).toEqual([1528317567, 1528317589]);
  });

  it("round-trips the developer guide's example through toGetServiceGraphResponse", () => {
    const original = JSON.parse(
      readCorpus("awsdocs-xray-devguide__GetServiceGraph-response.json"),
    ) as { Services: RawService[] };
    const written = toGetServiceGraphResponse(fromGetServiceGraphResponse(original).graph);
    expect(written.Services.map((s) => s.ReferenceId)).toEqual([0, 1, 2, 3]);
    for (const service of original.Services) {
      const ours = written.Services.find((s) => s.ReferenceId === service.ReferenceId)!;
      const normalize = (s: RawService) => ({
        ...s,
        ResponseTimeHistogram: s.ResponseTimeHistogram && sortedEntries(s.ResponseTimeHistogram),
        DurationHistogram: s.ResponseTimeHistogram && sortedEntries(s.ResponseTimeHistogram),
        Edges: s.Edges.map((e) => ({
          ...e,
          ResponseTimeHistogram: sortedEntries(e.ResponseTimeHistogram),
        })).sort((a, b) => a.ReferenceId - b.ReferenceId),
      });
      expect(normalize(ours as unknown as RawService)).toEqual(normalize(service));
    }
  });

  it("reads the real 13-node capture wrapped in {data}: ISO times, Type null, unsorted 100-request histogram", () => {
    const text = readCorpus("react-aws-xray-service-graph__GetServiceGraph-mock-telegram-bot.json");
    const { graph, diagnostics } = fromGetServiceGraphResponse(text);
    expect(diagnostics).toEqual([]);
    expect(graph.nodes).toHaveLength(13);
    expect(graph.edges).toHaveLength(15);
    const slash = graph.nodeByKey.get(serviceNodeKey("/h", null))!;
    expect(slash.type).toBeNull();
    expect(slash.kind).toBe("service");
    expect(slash.startTime).toBe(Date.UTC(2018, 6, 28, 13, 29, 29) / 1000);
    expect(slash.accountId).toBeNull();
    expect(slash.root).toBe(false);
    const client = graph.nodeByKey.get(serviceNodeKey("telegram-bot", "client"))!;
    expect(client.kind).toBe("client");
    const bot = graph.nodeByKey.get(serviceNodeKey("telegram-bot", null))!;
    expect(bot.root).toBe(true);
    const edge = graph.edges.find((e) => e.source === client.key)!;
    expect(edge.target).toBe(bot.key);
    expect(edge.statistics.TotalCount).toBe(100);
    expect(edge.responseTimeDigest!.count).toBe(100);
    // 49 of the 100 requests took 0 s: the median is at 0 or just above, the p90 above 1 s
    expect(edge.responseTimeDigest!.quantile(0.25)).toBeLessThan(0.001);
    expect(edge.responseTimeDigest!.quantile(0.9)).toBeGreaterThan(1);
  });
});

describe("fromGetServiceGraphResponse on bad input", () => {
  it("reports text that is not JSON, and shapes that are not a service graph", () => {
    expect(fromGetServiceGraphResponse("{oops").diagnostics.map((d) => d.code)).toEqual([
      "invalid-json",
    ]);
    for (const value of [42, null, { Services: "x" }, { data: 1 }]) {
      const { graph, diagnostics } = fromGetServiceGraphResponse(value);
      expect(diagnostics.map((d) => d.code)).toEqual(["unknown-format"]);
      expect(graph.nodes).toEqual([]);
    }
  });

  it("leaves out services without a Name or ReferenceId, duplicates, and edges to unknown services", () => {
    const { graph, diagnostics } = fromGetServiceGraphResponse({
      Services: [
        "nope",
        { ReferenceId: 0 },
        { Name: "a" },
        {
          ReferenceId: 1,
          Name: "a",
          State: "active",
          Edges: [{ ReferenceId: 2 }, { ReferenceId: 9 }, 5],
        },
        { ReferenceId: 1, Name: "dup" },
        { ReferenceId: 2, Name: "b" },
      ],
    });
    expect(diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["not-an-object", "error", "$.Services[0]"],
      ["missing-field", "error", "$.Services[1]"],
      ["missing-field", "error", "$.Services[2]"],
      ["duplicate-id", "error", "$.Services[4]"],
      ["invalid-field", "error", "$.Services[3].Edges[1]"],
      ["not-an-object", "error", "$.Services[3].Edges[2]"],
    ]);
    expect(graph.nodes.map((n) => n.name)).toEqual(["a", "b"]);
    expect(graph.edges).toHaveLength(1);
    expect(graph.edges[0].statistics.TotalCount).toBe(0);
  });

  it("replaces bad fields with usable values and reports each", () => {
    const { graph, diagnostics } = fromGetServiceGraphResponse([
      {
        ReferenceId: 0,
        Name: "svc",
        Type: 7,
        StartTime: "yesterday",
        EndTime: 1000,
        Names: ["svc", 3],
        SummaryStatistics: {
          OkCount: -1,
          TotalCount: 2,
          ErrorStatistics: "x",
          FaultStatistics: { TotalCount: 2 },
        },
        ResponseTimeHistogram: [
          { Value: 0.1, Count: 1 },
          { Value: "slow", Count: 1 },
        ],
      },
    ]);
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["invalid-field", "$[0].Type"],
      ["invalid-field", "$[0].SummaryStatistics.ErrorStatistics"],
      ["invalid-field", "$[0].SummaryStatistics.OkCount"],
      ["invalid-field", "$[0].ResponseTimeHistogram[1]"],
      ["invalid-field", "$[0].Names[1]"],
      ["invalid-time", "$[0].StartTime"],
    ]);
    expect(diagnostics.every((d) => d.severity === "warning")).toBe(true);
    const node = graph.nodes[0];
    expect(node.type).toBeNull();
    expect(node.names).toEqual(["svc"]);
    expect(node.startTime).toBe(0);
    expect(node.endTime).toBe(1000);
    expect(node.statistics!.OkCount).toBe(0);
    expect(node.statistics!.FaultStatistics.TotalCount).toBe(2);
    expect(node.responseTimeDigest!.count).toBe(1);
  });

  it("never throws and keeps only finite numbers, whatever JSON it is given (property)", () => {
    const service = fc.record(
      {
        ReferenceId: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.string()),
        Name: fc.oneof(fc.string(), fc.integer()),
        Type: fc.oneof(fc.constant(null), fc.constant("client"), fc.string()),
        State: fc.oneof(fc.constant("active"), fc.constant("unknown"), fc.integer()),
        StartTime: fc.oneof(
          fc.double(),
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        SummaryStatistics: fc.jsonValue(),
        ResponseTimeHistogram: fc.oneof(
          fc.jsonValue(),
          fc.array(fc.record({ Value: fc.double(), Count: fc.double() })),
        ),
        Edges: fc.oneof(
          fc.jsonValue(),
          fc.array(
            fc.record({
              ReferenceId: fc.integer({ min: 0, max: 5 }),
              SummaryStatistics: fc.jsonValue(),
              EdgeType: fc.jsonValue(),
            }),
          ),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.record({ Services: fc.array(service, { maxLength: 6 }) })),
        (value) => {
          const { graph } = fromGetServiceGraphResponse(value);
          for (const node of graph.nodes) {
            expect(Number.isFinite(node.startTime) && Number.isFinite(node.endTime)).toBe(true);
            if (node.statistics !== null)
              expect(Number.isFinite(node.statistics.TotalCount)).toBe(true);
          }
          for (const edge of graph.edges) {
            expect(graph.nodeByKey.has(edge.source) && graph.nodeByKey.has(edge.target)).toBe(true);
          }
          expect(() => JSON.stringify(toGetServiceGraphResponse(graph))).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
