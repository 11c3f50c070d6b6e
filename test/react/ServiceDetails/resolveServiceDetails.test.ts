import { describe, expect, it } from "vitest";
import { TDigest } from "../../../src/digest/index";
import { deriveServiceGraph } from "../../../src/graph/index";
import { resolveServiceDetails } from "../../../src/react/ServiceDetails/resolveServiceDetails";
import { sampleTraces } from "../../../src/sample/index";

const graph = deriveServiceGraph(sampleTraces({ traces: 60 }));
const node = (name: string, type: string | null) => {
  const found = graph.nodes.find((n) => n.name === name && n.type === type);
  if (found === undefined) throw new Error(`no node ${name} ${type}`);
  return found;
};
/** The API Gateway stage (the workload's root service). */
const stageNode = () =>
  graph.nodes.find((n) => n.name === "storefront-api/prod" && n.kind === "service")!;
const edge = (a: ReturnType<typeof node>, b: ReturnType<typeof node>) =>
  graph.edges.find((e) => e.source === a.key && e.target === b.key)!;

describe("resolveServiceDetails", () => {
  it("gives a service its statistics, response-time digest and a by-name subject", () => {
    const api = node("orders-service", "AWS::ECS::Container");
    const d = resolveServiceDetails(graph, { kind: "node", key: api.key })!;
    expect(d).toMatchObject({
      kind: "node",
      title: "orders-service",
      subtitle: "ECS container · AWS::ECS::Container",
      metric: "response time",
      rangeFilterable: true,
      note: null,
    });
    expect(d.statistics).toBe(api.statistics);
    expect(d.digest).toBe(api.responseTimeDigest);
    expect(d.subject).toEqual({ kind: "service", service: { name: "orders-service" } });
  });

  it("names a node by id(name:, type:) when another node shares its name (Lambda's two nodes)", () => {
    const fn = node("receipt-renderer", "AWS::Lambda::Function");
    expect(resolveServiceDetails(graph, { kind: "node", key: fn.key })!.subject).toEqual({
      kind: "service",
      service: { name: "receipt-renderer", type: "AWS::Lambda::Function" },
    });
    // The client shares the API stage's name, but clients never match trace segments: no id() needed.
    const stage = stageNode();
    expect(resolveServiceDetails(graph, { kind: "node", key: stage.key })!.subject).toEqual({
      kind: "service",
      service: { name: "storefront-api/prod" },
    });
  });

  it("gives a client its edge's requests and targets the service it calls", () => {
    const client = node("storefront-api/prod", "client");
    const stage = stageNode();
    const d = resolveServiceDetails(graph, { kind: "node", key: client.key })!;
    expect(d.statistics?.TotalCount).toBe(edge(client, stage).statistics.TotalCount);
    expect(d.digest).toBe(edge(client, stage).responseTimeDigest);
    expect(d.subject).toEqual({ kind: "service", service: { name: "storefront-api/prod" } });
    expect(d.note).toBe("Traces are those entering storefront-api/prod.");
    const fromClient = resolveServiceDetails(graph, {
      kind: "edge",
      key: edge(client, stage).key,
    })!;
    expect(fromClient.subject).toEqual(d.subject);
    expect(fromClient.subtitle).toBe("Client requests");
  });

  it("gives an edge the caller's view and the edge form; a link edge its event ages and no range", () => {
    const api = node("orders-service", "AWS::ECS::Container");
    const s3 = node("S3", "AWS::S3");
    const d = resolveServiceDetails(graph, { kind: "edge", key: edge(api, s3).key })!;
    expect(d).toMatchObject({
      kind: "edge",
      title: "orders-service → S3",
      subtitle: "Calls",
      rangeFilterable: true,
    });
    expect(d.subject).toEqual({
      kind: "edge",
      source: { name: "orders-service" },
      target: { name: "S3" },
    });
    expect(d.digest).toBeInstanceOf(TDigest);
    const lambda = node("receipt-renderer", "AWS::Lambda");
    const link = resolveServiceDetails(graph, { kind: "edge", key: edge(api, lambda).key })!;
    expect(link).toMatchObject({
      subtitle: "Asynchronous link",
      metric: "received event age",
      rangeFilterable: false,
    });
    expect(link.digest).toBe(edge(api, lambda).receivedEventAgeDigest);
    expect(link.subject).toEqual({
      kind: "edge",
      source: { name: "orders-service" },
      target: { name: "receipt-renderer", type: "AWS::Lambda" },
    });
  });

  it("gives null for an unknown key", () => {
    expect(resolveServiceDetails(graph, { kind: "node", key: "nope" })).toBeNull();
    expect(resolveServiceDetails(graph, { kind: "edge", key: "nope" })).toBeNull();
  });
});
