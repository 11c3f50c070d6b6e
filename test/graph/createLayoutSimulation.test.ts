import { describe, expect, it } from "vitest";
import { createLayoutSimulation } from "../../src/graph/createLayoutSimulation";
import { layoutServiceGraph } from "../../src/graph/layoutServiceGraph";
import type { ServiceGraphLayout } from "../../src/graph/layoutServiceGraph";
import { randomLayoutGraph } from "./support/randomLayoutGraph";

const expectSameLayout = (actual: ServiceGraphLayout, expected: ServiceGraphLayout): void => {
  expect(actual.ticks).toBe(expected.ticks);
  expect(actual.bounds).toEqual(expected.bounds);
  expect([...actual.depths]).toEqual([...expected.depths]);
  expect([...actual.positions]).toEqual([...expected.positions]);
};

describe("createLayoutSimulation", () => {
  it("ticked in chunks of any size, ends at exactly layoutServiceGraph's positions", () => {
    const graph = randomLayoutGraph(80, 200, 4);
    const whole = layoutServiceGraph(graph, { seed: 9 });
    for (const chunk of [1, 7, 1000]) {
      const simulation = createLayoutSimulation(graph, { seed: 9 });
      let calls = 1;
      while (!simulation.tick(chunk)) calls++;
      expect(calls).toBe(Math.ceil(simulation.total / chunk));
      expectSameLayout(simulation.layout(), whole);
    }
  });

  it("ticked in chunks from a warm start, ends at the warm layout's positions", () => {
    const graph = randomLayoutGraph(60, 150, 2);
    const previous = layoutServiceGraph(graph);
    const grown = {
      nodes: [...graph.nodes, { key: "zz" }],
      edges: [...graph.edges, { source: graph.nodes[3].key, target: "zz" }],
    };
    const simulation = createLayoutSimulation(grown, { previous });
    while (!simulation.tick(11));
    expectSameLayout(simulation.layout(), layoutServiceGraph(grown, { previous }));
  });

  it("counts ticks run, progress and done, and never runs past the total", () => {
    const simulation = createLayoutSimulation(randomLayoutGraph(30, 60), { ticks: 20 });
    expect([simulation.total, simulation.ticksRun, simulation.progress]).toEqual([20, 0, 0]);
    expect(simulation.done).toBe(false);
    expect(simulation.tick(5)).toBe(false);
    expect([simulation.ticksRun, simulation.progress]).toEqual([5, 0.25]);
    expect(simulation.tick(0)).toBe(false);
    expect(simulation.tick(-3)).toBe(false);
    expect(simulation.ticksRun).toBe(5);
    expect(simulation.tick(100)).toBe(true);
    expect([simulation.ticksRun, simulation.progress, simulation.done]).toEqual([20, 1, true]);
    expect(simulation.tick(5)).toBe(true);
    expect(simulation.ticksRun).toBe(20);
  });

  it("without a count, runs every tick that is left", () => {
    const graph = randomLayoutGraph(40, 80, 3);
    const simulation = createLayoutSimulation(graph, { ticks: 50 });
    simulation.tick(13);
    expect(simulation.tick()).toBe(true);
    expect(simulation.ticksRun).toBe(50);
    expectSameLayout(simulation.layout(), layoutServiceGraph(graph, { ticks: 50 }));
  });

  it("mid-run, layout() gives the positions so far with the ticks run, and the run goes on", () => {
    const graph = randomLayoutGraph(50, 100, 5);
    const simulation = createLayoutSimulation(graph, { ticks: 40 });
    simulation.tick(10);
    const early = simulation.layout();
    const earlyCopy = [...early.positions].map(([key, p]) => [key, { ...p }]);
    expect(early.ticks).toBe(10);
    expect(early.positions.size).toBe(50);
    expect([...simulation.layout().positions]).toEqual(earlyCopy); // a snapshot does not tick
    simulation.tick();
    const final = simulation.layout();
    expect(final.ticks).toBe(40);
    expect(simulation.layout()).toBe(final);
    const moved = earlyCopy.filter(([key, p]) => {
      const q = final.positions.get(key as string)!;
      const { x, y } = p as { x: number; y: number };
      return Math.hypot(q.x - x, q.y - y) > 1e-6;
    });
    expect(moved.length).toBeGreaterThan(0);
    expect([...early.positions]).toEqual(earlyCopy); // later ticks leave the snapshot alone
  });

  it("with zero ticks is done at once, with progress 1 and the layered start positions", () => {
    const graph = randomLayoutGraph(12, 20, 6);
    const simulation = createLayoutSimulation(graph, { ticks: 0 });
    expect(simulation.done).toBe(true);
    expect(simulation.progress).toBe(1);
    expect(simulation.tick(10)).toBe(true);
    const layout = simulation.layout();
    expect(layout.ticks).toBe(0);
    for (const [key, p] of layout.positions)
      expect(Math.abs(p.x - layout.depths.get(key)! * 180)).toBeLessThanOrEqual(70 * 0.25);
  });

  it("does not change the input graph's objects", () => {
    const graph = randomLayoutGraph(10, 15, 4);
    const copy = JSON.parse(JSON.stringify(graph)) as unknown;
    const simulation = createLayoutSimulation(graph);
    simulation.tick(7);
    simulation.layout();
    simulation.tick();
    expect(graph).toEqual(copy);
  });
});
