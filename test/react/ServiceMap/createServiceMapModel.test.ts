import { describe, expect, it } from "vitest";
import { createServiceMapModel } from "../../../src/react/ServiceMap/createServiceMapModel";
import { makeServiceGraph, positionsOf } from "./support/makeServiceGraph";

const graph = makeServiceGraph(
  [
    { name: "web", kind: "client" },
    { name: "web", type: "AWS::EC2::Instance", ok: 90, fault: 10, avg: 0.05 },
    { name: "db", type: "AWS::DynamoDB::Table", kind: "inferred", ok: 40, throttle: 10 },
    { name: "queue", type: "AWS::SQS::Queue", ok: 5 },
  ],
  [
    { from: "client:web", to: "web", ok: 90, fault: 10, avg: 0.06 },
    { from: "web", to: "db", ok: 40, throttle: 10 },
    { from: "db", to: "web", ok: 1 },
    { from: "web", to: "queue", ok: 5, link: true },
  ],
);
const positions = positionsOf(graph, {
  "client:web": [0, 0],
  web: [200, 0],
  db: [400, 50],
  queue: [400, -50],
});

describe("createServiceMapModel", () => {
  it("joins nodes with positions, averages (s), rates per minute over the graph window, and types", () => {
    const model = createServiceMapModel(graph, positions);
    const web = model.nodes.find((n) => n.node.name === "web" && n.node.kind === "service")!;
    expect([web.x, web.y]).toEqual([200, 0]);
    expect(web.averageResponseTime).toBeCloseTo(0.05, 10);
    expect(web.perMinute).toBeCloseTo(10, 10); // 100 requests over 10 minutes
    expect(web.type.icon).toBe("ec2");
    expect(web.counts).toMatchObject({ ok: 90, fault: 10, total: 100 });
  });

  it("gives a client node the statistics of its edges", () => {
    const model = createServiceMapModel(graph, positions);
    const client = model.nodes.find((n) => n.node.kind === "client")!;
    expect(client.statistics?.TotalCount).toBe(100);
    expect(client.counts.fault).toBe(10);
    expect(client.averageResponseTime).toBeCloseTo(0.06, 10);
    expect(client.type.icon).toBe("client");
  });

  it("sizes nodes by traffic or by impacted requests", () => {
    const traffic = createServiceMapModel(graph, positions, {
      sizing: "traffic",
      radius: { min: 10, max: 30 },
    });
    const health = createServiceMapModel(graph, positions, {
      sizing: "health",
      radius: { min: 10, max: 30 },
    });
    const r = (m: typeof traffic, name: string) =>
      m.nodes.find((n) => n.node.name === name && n.node.kind !== "client")!.r;
    expect(r(traffic, "web")).toBe(30); // the most requests (100; the client's edge too)
    expect(r(traffic, "queue")).toBeLessThan(r(traffic, "db"));
    expect(r(health, "web")).toBe(30); // 10 impacted, as many as db's 10 throttles
    expect(r(health, "db")).toBe(30);
    expect(r(health, "queue")).toBe(10); // none impacted
  });

  it("marks async edges, bends edges of a two-way pair, and lists neighbours and edges per node", () => {
    const model = createServiceMapModel(graph, positions);
    const byEnds = (a: string, b: string) =>
      model.edges.find(
        (e) =>
          e.source.node.name === a && e.target.node.name === b && e.source.node.kind !== "client",
      )!;
    expect(byEnds("web", "queue").async).toBe(true);
    expect(byEnds("web", "db").bent).toBe(true);
    expect(byEnds("db", "web").bent).toBe(true);
    expect(byEnds("web", "queue").bent).toBe(false);
    const web = model.nodes.find((n) => n.node.name === "web" && n.node.kind === "service")!;
    expect(new Set(model.neighbours.get(web.key))).toEqual(
      new Set(model.nodes.filter((n) => n !== web).map((n) => n.key)),
    );
    expect(model.edgesAt.get(web.key)).toHaveLength(4);
    expect(model.edgesAt.get(web.key)!.slice(0, 2)).toEqual(
      model.edges.filter((e) => e.source === web).map((e) => e.key),
    );
  });

  it("leaves out nodes without a position and their edges, and bounds the circles", () => {
    const partial = new Map(positions);
    partial.delete(graph.nodes.find((n) => n.name === "queue")!.key);
    const model = createServiceMapModel(graph, partial, { radius: { min: 10, max: 10 } });
    expect(model.nodes).toHaveLength(3);
    expect(model.edges.some((e) => e.target.node.name === "queue")).toBe(false);
    expect(model.bounds).toEqual({ minX: -10, minY: -10, maxX: 410, maxY: 60 });
  });
});
