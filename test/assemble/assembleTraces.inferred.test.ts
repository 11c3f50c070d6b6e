import { describe, expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/assembleTraces";
import type { Segment } from "../../src/model/SegmentDocument";
import type { TraceNode } from "../../src/model/TraceNode";
import { TRACE, independent, segment, subsegment } from "./documents";

function inferredNodes(nodes: ReadonlyMap<string, TraceNode>): TraceNode[] {
  return [...nodes.values()].filter((n) => n.kind === "inferred");
}

describe("assembleTraces inferred segments", () => {
  it("assembleTraces infers a segment under an unclaimed aws subsegment", () => {
    const call = subsegment("s3call", {
      name: "S3",
      namespace: "aws",
      start_time: 100.2,
      end_time: 100.4,
      http: { response: { status: 200 } },
      aws: { operation: "GetObject", bucket_name: "b" },
    });
    const { traces } = assembleTraces([segment("web", { subsegments: [call] })]);
    const [node] = inferredNodes(traces[0].nodes);
    expect(node.parent!.id).toBe("s3call");
    expect(node.depth).toBe(2);
    expect(node.segment).toBe(node);
    expect(node.documentIndex).toBe(-1);
    expect(node.origin).toBe("AWS::S3");
    expect(node.name).toBe("S3");
    expect(node.id).toMatch(/^[0-9a-f]{16}$/);
    const entity = node.entity as Segment;
    expect(entity).toMatchObject({
      id: node.id,
      name: "S3",
      start_time: 100.2,
      end_time: 100.4,
      parent_id: "s3call",
      inferred: true,
      trace_id: TRACE,
      origin: "AWS::S3",
      http: { response: { status: 200 } },
      aws: { operation: "GetObject", bucket_name: "b" },
    });
    expect(traces[0].segments.map((n) => n.id)).toEqual(["web", node.id]);
  });

  it("assembleTraces derives the same inferred id for the same subsegment in every run", () => {
    const docs = () => [
      segment("web", { subsegments: [subsegment("call", { namespace: "aws", name: "SNS" })] }),
    ];
    const a = inferredNodes(assembleTraces(docs()).traces[0].nodes)[0].id;
    const b = inferredNodes(assembleTraces(docs()).traces[0].nodes)[0].id;
    expect(a).toBe(b);
    expect(a).not.toBe("call");
  });

  it("assembleTraces names a DynamoDB call with a table after the table, typed AWS::DynamoDB::Table", () => {
    const { traces } = assembleTraces([
      segment("web", {
        subsegments: [
          subsegment("ddb", { name: "DynamoDB", namespace: "aws", aws: { table_name: "users" } }),
          subsegment("ddb2", {
            name: "dynamodb",
            namespace: "aws",
            aws: { operation: "ListTables" },
          }),
        ],
      }),
    ]);
    const byParent = new Map(inferredNodes(traces[0].nodes).map((n) => [n.parent!.id, n]));
    expect([byParent.get("ddb")!.name, byParent.get("ddb")!.origin]).toEqual([
      "users",
      "AWS::DynamoDB::Table",
    ]);
    expect([byParent.get("ddb2")!.name, byParent.get("ddb2")!.origin]).toEqual([
      "dynamodb",
      "AWS::DynamoDB",
    ]);
  });

  it("assembleTraces names a remote call after the host of its URL, without origin", () => {
    const { traces } = assembleTraces([
      segment("web", {
        subsegments: [
          subsegment("http", {
            name: "call-names",
            namespace: "remote",
            http: { request: { url: "https://Names.Example.com:8443/v1?q=1", method: "GET" } },
          }),
          subsegment("sql", { name: "ebdb@db.example.com", namespace: "remote" }),
        ],
      }),
    ]);
    const byParent = new Map(inferredNodes(traces[0].nodes).map((n) => [n.parent!.id, n]));
    expect(byParent.get("http")!.name).toBe("names.example.com");
    expect(byParent.get("http")!.origin).toBeNull();
    expect(Object.hasOwn(byParent.get("http")!.entity, "origin")).toBe(false);
    expect(byParent.get("sql")!.name).toBe("ebdb@db.example.com");
  });

  it("assembleTraces infers only the outermost aws subsegment of a call chain", () => {
    const { traces } = assembleTraces([
      segment("app", {
        subsegments: [
          subsegment("dynamodb", {
            name: "dynamodb",
            namespace: "aws",
            subsegments: [
              subsegment("attempt", {
                subsegments: [subsegment("nested-remote", { namespace: "remote", name: "h" })],
              }),
              subsegment("nested-aws", { namespace: "aws", name: "sts" }),
            ],
          }),
        ],
      }),
    ]);
    const inferred = inferredNodes(traces[0].nodes);
    expect(inferred.map((n) => n.parent!.id)).toEqual(["dynamodb"]);
  });

  it("assembleTraces infers under an aws subsegment inside a segment that an aws subsegment called", () => {
    const { traces } = assembleTraces([
      segment("front", {
        subsegments: [subsegment("invoke", { namespace: "aws", name: "Lambda" })],
      }),
      segment("fn", {
        parent_id: "invoke",
        origin: "AWS::Lambda::Function",
        subsegments: [subsegment("put", { namespace: "aws", name: "S3" })],
      }),
    ]);
    const inferred = inferredNodes(traces[0].nodes);
    expect(inferred.map((n) => [n.parent!.id, n.origin])).toEqual([["put", "AWS::S3"]]);
  });

  it("assembleTraces adds no inferred segment for a call that a real segment claims", () => {
    const { traces } = assembleTraces([
      segment("front", { subsegments: [subsegment("call", { namespace: "remote", name: "api" })] }),
      segment("api", { parent_id: "call" }),
      segment("table", { parent_id: "ddb", inferred: true, origin: "AWS::DynamoDB::Table" }),
      independent("ddb", "front", { namespace: "aws", name: "DynamoDB" }),
    ]);
    expect(traces[0].nodes.size).toBe(5);
    expect(traces[0].nodes.get("table")!.kind).toBe("inferred");
    expect(traces[0].nodes.get("api")!.kind).toBe("segment");
  });

  it("assembleTraces infers under an independent aws subsegment attached to its segment", () => {
    const { traces } = assembleTraces([
      independent("sqs", "front", { namespace: "aws", name: "SQS", start_time: 100.1 }),
      segment("front"),
    ]);
    const [node] = inferredNodes(traces[0].nodes);
    expect(node.parent!.id).toBe("sqs");
    expect(node.origin).toBe("AWS::SQS");
  });

  it("assembleTraces infers nothing for custom or local-namespace subsegments", () => {
    const { traces } = assembleTraces([
      segment("app", {
        subsegments: [subsegment("custom"), subsegment("local", { namespace: "local" })],
      }),
    ]);
    expect(inferredNodes(traces[0].nodes)).toEqual([]);
  });

  it("assembleTraces copies the call's status flags and progress onto the inferred segment", () => {
    const { traces } = assembleTraces([
      segment("app", {
        subsegments: [
          subsegment("t", { namespace: "aws", name: "DynamoDB", throttle: true, error: true }),
          subsegment("p", {
            namespace: "aws",
            name: "SNS",
            in_progress: true,
            end_time: undefined,
          }),
        ],
      }),
    ]);
    const byParent = new Map(inferredNodes(traces[0].nodes).map((n) => [n.parent!.id, n]));
    expect(byParent.get("t")!.status).toBe("throttle");
    expect(byParent.get("t")!.error).toBe(true);
    expect(byParent.get("p")!.inProgress).toBe(true);
    expect(byParent.get("p")!.status).toBe("pending");
  });

  it("assembleTraces infers no segments when inferSegments is false", () => {
    const { traces } = assembleTraces(
      [segment("app", { subsegments: [subsegment("c", { namespace: "aws", name: "S3" })] })],
      { inferSegments: false },
    );
    expect(inferredNodes(traces[0].nodes)).toEqual([]);
    expect(traces[0].segments.map((n) => n.id)).toEqual(["app"]);
  });

  it("assembleTraces picks another inferred id when the derived one is taken", async () => {
    const { deriveInferredId } = await import("../../src/assemble/deriveInferredId");
    const taken = deriveInferredId("c");
    const { traces } = assembleTraces([
      segment("app", {
        subsegments: [subsegment("c", { namespace: "aws", name: "S3" }), subsegment(taken)],
      }),
    ]);
    const [node] = inferredNodes(traces[0].nodes);
    expect(node.id).toBe(deriveInferredId("c", 1));
    expect(traces[0].nodes.get(taken)!.kind).toBe("subsegment");
  });
});
