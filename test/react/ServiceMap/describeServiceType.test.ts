import { describe, expect, it } from "vitest";
import { describeServiceType } from "../../../src/react/ServiceMap/describeServiceType";
import { describeMapEdge, describeMapNode } from "../../../src/react/ServiceMap/describeMapElement";
import {
  formatPerMinute,
  formatResponseTime,
} from "../../../src/react/ServiceMap/formatResponseTime";
import { createServiceMapModel } from "../../../src/react/ServiceMap/createServiceMapModel";
import { makeServiceGraph, positionsOf } from "./support/makeServiceGraph";

describe("describeServiceType", () => {
  it("labels X-Ray's node types", () => {
    const icon = (type: string | null, kind: "service" | "inferred" | "client" = "service") =>
      describeServiceType(type, kind).icon;
    expect(icon("client", "client")).toBe("client");
    expect(icon("client::Synthetics")).toBe("client");
    expect(icon("AWS::EC2::Instance")).toBe("ec2");
    expect(icon("AWS::ECS::Container")).toBe("ecs");
    expect(icon("AWS::Lambda")).toBe("lambda");
    expect(describeServiceType("AWS::Lambda::Function", "service").badge).toBe("λ fn");
    expect(icon("AWS::DynamoDB::Table", "inferred")).toBe("dynamodb");
    expect(icon("AWS::S3::Bucket")).toBe("s3");
    expect(icon("AWS::SNS")).toBe("sns");
    expect(icon("AWS::SQS::Queue")).toBe("sqs");
    expect(icon(null, "inferred")).toBe("remote");
    expect(icon("remote", "inferred")).toBe("remote");
    expect(describeServiceType("AWS::Kinesis::Stream", "inferred")).toMatchObject({
      icon: "aws",
      badge: "Kinesi",
    });
    expect(icon(null)).toBe("service");
  });
});

describe("formatResponseTime and formatPerMinute", () => {
  it("format node-centre figures", () => {
    expect(formatResponseTime(0.0004)).toBe("400 µs");
    expect(formatResponseTime(0.0042)).toBe("4.2 ms");
    expect(formatResponseTime(0.123)).toBe("123 ms");
    expect(formatResponseTime(2.5)).toBe("2.50 s");
    expect(formatResponseTime(null)).toBe("–");
    expect(formatPerMinute(3.45, "t/min")).toBe("3.5 t/min");
    expect(formatPerMinute(42.4)).toBe("42 /min");
    expect(formatPerMinute(1500)).toBe("1.5k /min");
    expect(formatPerMinute(null)).toBe("–");
  });
});

describe("describeMapNode and describeMapEdge", () => {
  it("read a node and an edge aloud with their figures", () => {
    const graph = makeServiceGraph(
      [
        { name: "api", type: "AWS::ECS::Container", ok: 95, fault: 5, avg: 0.012 },
        { name: "q", type: "AWS::SQS::Queue", ok: 3 },
      ],
      [{ from: "api", to: "q", ok: 30, link: true }],
    );
    const model = createServiceMapModel(graph, positionsOf(graph, { api: [0, 0], q: [100, 0] }));
    const api = model.nodes.find((n) => n.node.name === "api")!;
    expect(describeMapNode(api)).toBe(
      "api, ECS container, 100 requests, average 12 ms, 10 t/min, 95% OK, 5% fault",
    );
    expect(describeMapEdge(model.edges[0])).toBe(
      "api to q, asynchronous, 30 calls, 3.0 calls/min, 100% OK",
    );
  });
});
