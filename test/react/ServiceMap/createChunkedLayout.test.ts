import { describe, expect, it } from "vitest";
import { layoutServiceGraph } from "../../../src/graph/layoutServiceGraph";
import { createChunkedLayout } from "../../../src/react/ServiceMap/createChunkedLayout";
import { randomLayoutGraph } from "../../graph/support/randomLayoutGraph";

describe("createChunkedLayout", () => {
  it("gives exactly layoutServiceGraph's positions, whatever the chunk size", () => {
    const graph = randomLayoutGraph(120, 300, 4);
    const whole = layoutServiceGraph(graph, { seed: 9 });
    for (const chunk of [1, 7, 1000]) {
      const task = createChunkedLayout(graph, { seed: 9 });
      let steps = 0;
      while (!task.step(chunk)) steps++;
      expect(steps).toBe(Math.ceil(task.total / chunk) - 1);
      const result = task.result()!;
      expect(result.ticks).toBe(whole.ticks);
      expect(result.bounds).toEqual(whole.bounds);
      for (const [key, p] of whole.positions) expect(result.positions.get(key)).toEqual(p);
    }
  });

  it("matches a warm start from a previous layout too", () => {
    const graph = randomLayoutGraph(60, 150, 2);
    const previous = layoutServiceGraph(graph);
    const grown = {
      nodes: [...graph.nodes, { key: "zz" }],
      edges: [...graph.edges, { source: graph.nodes[3].key, target: "zz" }],
    };
    const whole = layoutServiceGraph(grown, { previous });
    const task = createChunkedLayout(grown, { previous });
    while (!task.step(11));
    for (const [key, p] of whole.positions) expect(task.result()!.positions.get(key)).toEqual(p);
  });

  it("reports progress and has no result until done", () => {
    const task = createChunkedLayout(randomLayoutGraph(30, 60), { ticks: 20 });
    expect(task.total).toBe(20);
    expect(task.step(5)).toBe(false);
    expect(task.done()).toBe(5);
    expect(task.result()).toBeNull();
    expect(task.step(100)).toBe(true);
    expect(task.done()).toBe(20);
    expect(task.result()?.positions.size).toBe(30);
  });
});
