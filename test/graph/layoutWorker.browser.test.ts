import { describe, expect, it } from "vitest";
import { createLayoutWorkerClient } from "../../src/graph/createLayoutWorkerClient";
import { layoutServiceGraph } from "../../src/graph/layoutServiceGraph";
import { randomLayoutGraph } from "./support/randomLayoutGraph";

describe("layout in a real Web Worker (Chromium)", () => {
  it("gives the same positions as layoutServiceGraph on the main thread, warm start included", async () => {
    const worker = new Worker(new URL("./support/layoutWorkerEntry.ts", import.meta.url), {
      type: "module",
    });
    const client = createLayoutWorkerClient(worker);
    try {
      const graph = randomLayoutGraph(60, 120, 3, 2);
      const [a, b] = await Promise.all([client.layout(graph, { seed: 3 }), client.layout(graph)]);
      expect([...a.positions]).toEqual([...layoutServiceGraph(graph, { seed: 3 }).positions]);
      expect([...b.positions]).toEqual([...layoutServiceGraph(graph).positions]);
      const bigger = {
        nodes: [...graph.nodes, { key: "zz" }],
        edges: [...graph.edges, { source: graph.nodes[4].key, target: "zz" }],
      };
      const warm = await client.layout(bigger, { previous: a });
      expect([...warm.positions]).toEqual([
        ...layoutServiceGraph(bigger, { previous: a }).positions,
      ]);
    } finally {
      client.dispose();
      worker.terminate();
    }
  });
});
