/**
 * Service-graph derivation and layout (issue 5 §8).
 * - Derivation from 1M segments of the built-in workload (goal ≥ 1M segments/s), assembled in
 *   chunks outside the timed part; the baseline is a plain pass over the same segments (read
 *   times, parent and status of each). Wall and CPU time: the machine is shared.
 * - Layout of a random graph of Jaeger's stress-fixture size, 1,238 services and 4,271 edges
 *   (goal ≤ 2 s); then 10,000 nodes (X-Ray's map limit) and a warm start after adding a node.
 */
import { loadavg } from "node:os";
import { assembleTraces } from "../src/assemble/index";
import { createServiceGraphBuilder } from "../src/graph/createServiceGraphBuilder";
import type { ServiceGraphBuilder } from "../src/graph/createServiceGraphBuilder";
import { layoutServiceGraph } from "../src/graph/layoutServiceGraph";
import type { Trace } from "../src/model/Trace";
import { generateWorkload } from "../src/sample/index";
import { randomLayoutGraph } from "../test/graph/support/randomLayoutGraph";
import { clock, collect, fmtMs, report } from "./harness";

const SEGMENTS = 1_000_000;
const CHUNK_TRACES = 10_000;
const RUNS = 3;

interface Clock {
  wall: number;
  cpu: number;
}

/** Adds the CPU and wall time of `fn` to `total`. */
function timed(total: Clock, fn: () => void): void {
  const { cpu, wall } = clock(fn);
  total.wall += wall;
  total.cpu += cpu;
}

/** The baseline: one plain pass over the segments, touching what the derivation reads first. */
function plainPass(traces: readonly Trace[]): number {
  let sum = 0;
  for (const trace of traces) {
    const segments = trace.segments;
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i];
      sum += (s.endTime ?? s.startTime) - s.startTime + (s.parent === null ? 0 : 1);
      if (s.status === "fault") sum++;
    }
  }
  return sum;
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function benchDerivation(): void {
  const derive: Clock[] = Array.from({ length: RUNS }, () => ({ wall: 0, cpu: 0 }));
  const baseline: Clock[] = Array.from({ length: RUNS }, () => ({ wall: 0, cpu: 0 }));
  const builders: ServiceGraphBuilder[] = derive.map(() => createServiceGraphBuilder());
  let segments = 0;
  let entities = 0;
  let withInferred = 0;
  let chunk = 0;
  let warm = false;
  while (segments < SEGMENTS) {
    collect();
    const { traces } = assembleTraces([
      ...generateWorkload({
        traces: CHUNK_TRACES,
        seed: chunk + 1,
        startTime: 1_700_000_000 + chunk * 3600,
      }),
    ]);
    chunk++;
    if (!warm) {
      // one unmeasured round so both sides run optimized code
      createServiceGraphBuilder().addTraces(traces);
      plainPass(traces);
      warm = true;
    }
    for (const trace of traces) {
      for (const s of trace.segments) if (s.kind === "segment") segments++;
      withInferred += trace.segments.length;
      entities += trace.nodes.size;
    }
    collect();
    for (let r = 0; r < RUNS; r++) {
      timed(baseline[r], () => plainPass(traces));
      timed(derive[r], () => builders[r].addTraces(traces));
    }
  }
  let nodes = 0;
  let edges = 0;
  for (let r = 0; r < RUNS; r++) {
    timed(derive[r], () => {
      const graph = builders[r].build();
      nodes = graph.nodes.length;
      edges = graph.edges.length;
    });
  }
  const wall = median(derive.map((c) => c.wall));
  const cpu = median(derive.map((c) => c.cpu));
  const baseWall = median(baseline.map((c) => c.wall));
  const baseCpu = median(baseline.map((c) => c.cpu));
  const rate = (ms: number) => `${(((segments / ms) * 1000) / 1e6).toFixed(2)} M segments/s`;
  report(
    `graph: derive from ${segments.toLocaleString("en")} segments (load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")})`,
    [
      [
        "input",
        `${chunk} chunks of ${CHUNK_TRACES} traces, ${entities.toLocaleString("en")} entities, graph of ${nodes} nodes and ${edges} edges`,
      ],
      ["derive (addTraces + build), wall", `${fmtMs(wall)} (${rate(wall)})`],
      ["derive, CPU", `${fmtMs(cpu)} (${rate(cpu)})`],
      ["plain pass (baseline), wall / CPU", `${fmtMs(baseWall)} / ${fmtMs(baseCpu)}`],
      ["ratio derive / plain pass (CPU)", (cpu / baseCpu).toFixed(1)],
      [
        "counting inferred segments too",
        `${withInferred.toLocaleString("en")} segments: ${(((withInferred / cpu) * 1000) / 1e6).toFixed(2)} M/s CPU, ${(((withInferred / wall) * 1000) / 1e6).toFixed(2)} M/s wall`,
      ],
      [
        "goal ≥ 1 M segments/s",
        `documents: ${segments / cpu >= 1000 ? "met" : "missed"} on CPU, ${segments / wall >= 1000 ? "met" : "missed"} on wall; with inferred: ${withInferred / cpu >= 1000 ? "met" : "missed"} on CPU, ${withInferred / wall >= 1000 ? "met" : "missed"} on wall`,
      ],
    ],
  );
}

function benchLayout(): void {
  const graph = randomLayoutGraph(1238, 4271, 1);
  layoutServiceGraph(graph); // warm-up
  const runs: Clock[] = [];
  let ticks = 0;
  let layout = layoutServiceGraph(graph, { ticks: 1 });
  for (let r = 0; r < RUNS; r++) {
    collect();
    runs.push(clock(() => (layout = layoutServiceGraph(graph, { seed: r + 1 }))));
    ticks = layout.ticks;
  }
  const added = {
    nodes: [...graph.nodes, { key: "zz-new" }],
    edges: [...graph.edges, { source: graph.nodes[10].key, target: "zz-new" }],
  };
  const warmClock = { wall: 0, cpu: 0 };
  timed(warmClock, () => layoutServiceGraph(added, { previous: layout }));

  collect();
  const big = randomLayoutGraph(10_000, 30_000, 2);
  const bigClock = { wall: 0, cpu: 0 };
  let bigTicks = 0;
  timed(bigClock, () => {
    bigTicks = layoutServiceGraph(big).ticks;
  });
  const wall = median(runs.map((c) => c.wall));
  const cpu = median(runs.map((c) => c.cpu));
  report(
    `graph: layoutServiceGraph (load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")})`,
    [
      [
        "1,238 nodes / 4,271 edges, wall / CPU",
        `${fmtMs(wall)} / ${fmtMs(cpu)} (${ticks} ticks, median of ${RUNS} seeds)`,
      ],
      [
        "goal ≤ 2 s",
        `${cpu <= 2000 ? "met" : "missed"} on CPU time, ${wall <= 2000 ? "met" : "missed"} on wall time`,
      ],
      [
        "same + 1 node, warm start, wall / CPU",
        `${fmtMs(warmClock.wall)} / ${fmtMs(warmClock.cpu)}`,
      ],
      [
        "10,000 nodes / 30,000 edges, wall / CPU",
        `${fmtMs(bigClock.wall)} / ${fmtMs(bigClock.cpu)} (${bigTicks} ticks)`,
      ],
    ],
  );
}

export function run(): void {
  benchDerivation();
  benchLayout();
}
