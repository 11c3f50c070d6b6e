import { expect, it } from "vitest";
import { TDigest } from "../../../src/digest/index";
import { deriveServiceGraph } from "../../../src/graph/deriveServiceGraph";
import { fromGetServiceGraphResponse } from "../../../src/graph/fromGetServiceGraphResponse";
import { toGetServiceGraphResponse } from "../../../src/graph/toGetServiceGraphResponse";
import type { ServiceGraph } from "../../../src/model/ServiceGraph";
import { createConsoleParseWorker } from "../../../src/react/Console/createConsoleParseWorker";
import {
  loadConsoleText,
  type ConsoleLoadProgress,
} from "../../../src/react/Console/loadConsoleText";
import { generateWorkload, sampleTraces } from "../../../src/sample/index";

/** Loads `text` through a real parse worker: the result, how many workers were made, the progress. */
async function loadInWorker(text: string) {
  let made = 0;
  const progress: ConsoleLoadProgress[] = [];
  const result = await loadConsoleText(text, {
    worker: () => {
      const w = createConsoleParseWorker();
      if (w !== null) made++;
      return w;
    },
    onProgress: (p) => progress.push(p),
  });
  return { result, made, progress };
}

it("loadConsoleText parses in a real Web Worker and assembles the same traces as the main thread", async () => {
  const text = [...generateWorkload({ traces: 30, seed: 8 })]
    .map((d) => JSON.stringify(d))
    .join("\n");
  const { result: viaWorker, made, progress } = await loadInWorker(`${text}\nnot json`);
  expect(made).toBe(1);
  // The worker's own progress note (fraction 0.3) arrived before assembly began.
  expect(progress.some((p) => p.phase === "parsing" && p.fraction === 0.3)).toBe(true);
  const direct = await loadConsoleText(`${text}\nnot json`);
  if (viaWorker.kind !== "traces" || direct.kind !== "traces") throw new Error("expected traces");
  expect(viaWorker.traces.map((t) => t.id)).toEqual(direct.traces.map((t) => t.id));
  expect(viaWorker.diagnostics.map((d) => d.code)).toEqual(direct.diagnostics.map((d) => d.code));
  expect(viaWorker.diagnostics.some((d) => d.code === "invalid-json")).toBe(true);
});

it("loadConsoleText reads a GetServiceGraph response in a real Web Worker into the graph the main thread reads", async () => {
  const response = toGetServiceGraphResponse(
    deriveServiceGraph(sampleTraces({ traces: 80, seed: 6 })),
  );
  const text = JSON.stringify(response);
  const { result: viaWorker, made, progress } = await loadInWorker(text);
  expect(made).toBe(1);
  expect(progress.some((p) => p.phase === "parsing" && p.fraction === 0.3)).toBe(true);
  if (viaWorker.kind !== "graph") throw new Error("expected a graph");
  const expected = fromGetServiceGraphResponse(JSON.parse(text)).graph;
  const strip = (g: ServiceGraph) => ({
    nodes: g.nodes.map(({ responseTimeDigest: _r, durationDigest: _d, ...rest }) => rest),
    edges: g.edges.map(({ responseTimeDigest: _r, receivedEventAgeDigest: _a, ...rest }) => rest),
  });
  expect(strip(viaWorker.graph)).toEqual(strip(expected));
  const digests = (g: ServiceGraph) => [
    ...g.nodes.flatMap((n) => [n.responseTimeDigest, n.durationDigest]),
    ...g.edges.flatMap((e) => [e.responseTimeDigest, e.receivedEventAgeDigest]),
  ];
  const [got, want] = [digests(viaWorker.graph), digests(expected)];
  expect(got.map((d) => d === null)).toEqual(want.map((d) => d === null));
  got.forEach((d, i) => {
    if (d === null || want[i]!.toJSON().centroids.length === 0) return;
    expect(d).toBeInstanceOf(TDigest);
    for (const q of [0.05, 0.5, 0.95]) expect(d.quantile(q)).toBeCloseTo(want[i]!.quantile(q), 12);
  });
});
