import { describe, expect, it } from "vitest";
import { searchServiceNodes } from "../../../src/react/ServiceMap/searchServiceNodes";
import { makeServiceGraph } from "./support/makeServiceGraph";

describe("searchServiceNodes", () => {
  const graph = makeServiceGraph([
    { name: "Orders-Service" },
    { name: "orders-db" },
    { name: "payments" },
  ]);
  it("finds names containing the query, ignoring case and surrounding spaces, in graph order", () => {
    const found = searchServiceNodes(graph.nodes, "  ORDERS ");
    expect(found.map((k) => graph.nodeByKey.get(k)!.name)).toEqual(["Orders-Service", "orders-db"]);
  });
  it("finds nothing for an empty query or no match", () => {
    expect(searchServiceNodes(graph.nodes, "   ")).toEqual([]);
    expect(searchServiceNodes(graph.nodes, "inventory")).toEqual([]);
  });
  it("also matches a node's other names", () => {
    const node = { ...graph.nodes[2], names: ["payments", "pay.example.com"] };
    expect(searchServiceNodes([node], "example")).toEqual([node.key]);
  });
});
