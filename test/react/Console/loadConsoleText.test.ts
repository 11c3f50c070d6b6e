import { expect, it } from "vitest";
import { TDigest } from "../../../src/digest/index";
import { fromGetServiceGraphResponse } from "../../../src/graph/fromGetServiceGraphResponse";
import type { ServiceGraph } from "../../../src/model/ServiceGraph";
import { installConsoleParseWorker } from "../../../src/react/Console/installConsoleParseWorker";
import type { ConsoleParseWorker } from "../../../src/react/Console/createConsoleParseWorker";
import {
  loadConsoleText,
  type ConsoleLoadProgress,
} from "../../../src/react/Console/loadConsoleText";
import { generateWorkload } from "../../../src/sample/index";
import { describeCorpus, readCorpus } from "../../support/corpus";

const documents = [...generateWorkload({ traces: 12, seed: 5 })];
const ndjson = documents.map((d) => JSON.stringify(d)).join("\n");

/** An in-memory worker: the real parse worker's handler behind a message queue. */
function inMemoryWorker(used: { count: number }): ConsoleParseWorker {
  type Listener = (event: { readonly data?: unknown }) => void;
  const listeners = new Set<Listener>();
  let handler: ((event: { readonly data: unknown }) => void) | null = null;
  installConsoleParseWorker({
    addEventListener: (_type, listener) => {
      handler = listener;
    },
    postMessage: (message) => {
      setTimeout(() => {
        for (const l of listeners) l({ data: structuredClone(message) });
      }, 0);
    },
  });
  return {
    postMessage(message) {
      used.count++;
      setTimeout(() => handler?.({ data: structuredClone(message) }), 0);
    },
    addEventListener: (type, listener) => {
      if (type === "message") listeners.add(listener);
    },
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
}

it("loadConsoleText assembles NDJSON on the main thread in slices, reporting rising progress", async () => {
  const progress: ConsoleLoadProgress[] = [];
  const result = await loadConsoleText(ndjson, {
    chunkTraces: 5,
    onProgress: (p) => progress.push(p),
  });
  expect(result.kind).toBe("traces");
  if (result.kind !== "traces") return;
  expect(result.traces.length).toBe(12);
  expect(result.format).toBe("ndjson");
  const assembling = progress.filter((p) => p.phase === "assembling").map((p) => p.fraction);
  expect(assembling.length).toBe(4); // 3 slices of at most 5 traces, then done
  expect(assembling).toEqual([...assembling].sort((a, b) => a - b));
  expect(assembling.at(-1)).toBe(1);
});

it("loadConsoleText gives the same traces through a worker as on the main thread", async () => {
  const used = { count: 0 };
  const viaWorker = await loadConsoleText(ndjson, { worker: () => inMemoryWorker(used) });
  const direct = await loadConsoleText(ndjson);
  expect(used.count).toBe(1);
  if (viaWorker.kind !== "traces" || direct.kind !== "traces") throw new Error("expected traces");
  expect(viaWorker.traces.map((t) => t.id)).toEqual(direct.traces.map((t) => t.id));
  expect(viaWorker.traces.map((t) => t.nodes.size)).toEqual(direct.traces.map((t) => t.nodes.size));
});

it("loadConsoleText reports a bad line as a diagnostic with its input index and keeps the rest", async () => {
  const text = `${ndjson}\n{"trace_id": oops`;
  const result = await loadConsoleText(text);
  if (result.kind !== "traces") throw new Error("expected traces");
  expect(result.traces.length).toBe(12);
  const bad = result.diagnostics.find((d) => d.code === "invalid-json");
  expect(bad?.documentIndex).toBe(documents.length);
});

it("loadConsoleText maps assembly diagnostics to input document indices across slices", async () => {
  const orphan = {
    ...documents[documents.length - 1],
    id: "00000000000000ff",
    parent_id: "00000000000000fe",
  };
  const text = [...documents, orphan].map((d) => JSON.stringify(d)).join("\n");
  const result = await loadConsoleText(text, { chunkTraces: 2 });
  if (result.kind !== "traces") throw new Error("expected traces");
  const assembly = result.diagnostics.filter((d) => d.documentIndex === documents.length);
  expect(assembly.length).toBeGreaterThan(0);
  // at the orphan's line in the text, not at a path inside an unnamed document
  expect(assembly.find((d) => d.code === "orphan")?.path).toBe(
    `line ${documents.length + 1} $.parent_id`,
  );
  expect(result.diagnostics.every((d) => d.documentIndex < documents.length + 1)).toBe(true);
});

/** Each node and edge without its digests, and the digests' quantiles, for comparing graphs. */
function describeGraph(graph: ServiceGraph) {
  const qs = [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1];
  const digest = (d: TDigest | null) => {
    if (d === null) return null;
    expect(d).toBeInstanceOf(TDigest);
    return { count: d.toJSON().centroids.length, quantiles: qs.map((q) => d.quantile(q)) };
  };
  return {
    nodes: graph.nodes.map(({ responseTimeDigest, durationDigest, ...rest }) => ({
      rest,
      digests: [digest(responseTimeDigest), digest(durationDigest)],
    })),
    edges: graph.edges.map(({ responseTimeDigest, receivedEventAgeDigest, ...rest }) => ({
      rest,
      digests: [digest(responseTimeDigest), digest(receivedEventAgeDigest)],
    })),
    keys: [[...graph.nodeByKey.keys()], [...graph.edgeByKey.keys()]],
    time: [graph.startTime, graph.endTime],
  };
}

function expectSameGraph(actual: ServiceGraph, expected: ServiceGraph) {
  const a = describeGraph(actual);
  const e = describeGraph(expected);
  expect(a.keys).toEqual(e.keys);
  expect(a.time).toEqual(e.time);
  expect(a.nodes.map((n) => n.rest)).toEqual(e.nodes.map((n) => n.rest));
  expect(a.edges.map((n) => n.rest)).toEqual(e.edges.map((n) => n.rest));
  const digests = (g: typeof a) => [...g.nodes, ...g.edges].flatMap((x) => x.digests);
  const [da, de] = [digests(a), digests(e)];
  expect(da.map((d) => d?.count ?? null)).toEqual(de.map((d) => d?.count ?? null));
  // Quantiles within 1e-12 (relative); an empty digest answers NaN on both sides.
  da.forEach((d, i) =>
    d?.quantiles.forEach((q, j) => {
      const want = de[i]!.quantiles[j]!;
      if (Number.isNaN(want)) expect(q).toBeNaN();
      else expect(Math.abs(q - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
    }),
  );
}

const graphResponses = [
  "awsdocs-xray-devguide__GetServiceGraph-response.json",
  "react-aws-xray-service-graph__GetServiceGraph-mock-telegram-bot.json",
];

describeCorpus("loadConsoleText on the corpus GetServiceGraph responses", () => {
  for (const name of graphResponses) {
    it(`reads ${name} in the worker into the graph fromGetServiceGraphResponse gives, digests rebuilt`, async () => {
      const text = readCorpus(name);
      const expected = fromGetServiceGraphResponse(JSON.parse(text));
      expect(expected.graph.nodes.length).toBeGreaterThan(1);
      const used = { count: 0 };
      const progress: ConsoleLoadProgress[] = [];
      const viaWorker = await loadConsoleText(text, {
        worker: () => inMemoryWorker(used),
        onProgress: (p) => progress.push(p),
      });
      expect(used.count).toBe(1);
      expect(progress).toContainEqual({ phase: "parsing", fraction: 0.3 }); // the worker's note
      if (viaWorker.kind !== "graph") throw new Error("expected a graph");
      expectSameGraph(viaWorker.graph, expected.graph);
      expect(viaWorker.diagnostics).toEqual(expected.diagnostics);
      const onMain = await loadConsoleText(text, { worker: () => null });
      if (onMain.kind !== "graph") throw new Error("expected a graph");
      expectSameGraph(onMain.graph, expected.graph);
    });
  }
});

it("loadConsoleText reads the graph on the main thread when the worker fails", async () => {
  const text = JSON.stringify({
    Services: [
      {
        ReferenceId: 0,
        Name: "api",
        Names: ["api"],
        Type: "AWS::EC2::Instance",
        State: "active",
        StartTime: 1,
        EndTime: 61,
        Edges: [],
        SummaryStatistics: {
          OkCount: 2,
          ErrorStatistics: { ThrottleCount: 0, OtherCount: 0, TotalCount: 0 },
          FaultStatistics: { OtherCount: 0, TotalCount: 0 },
          TotalCount: 2,
          TotalResponseTime: 0.3,
        },
        ResponseTimeHistogram: [
          { Value: 0.1, Count: 1 },
          { Value: 0.2, Count: 1 },
        ],
        DurationHistogram: [],
      },
    ],
  });
  type Listener = (event: { readonly data?: unknown }) => void;
  const failing = {
    errors: new Set<Listener>(),
    postMessage() {
      setTimeout(() => this.errors.forEach((l) => l({})), 0);
    },
    addEventListener(type: "message" | "error", l: Listener) {
      if (type === "error") this.errors.add(l);
    },
    removeEventListener(_type: "message" | "error", l: Listener) {
      this.errors.delete(l);
    },
  };
  const result = await loadConsoleText(text, { worker: () => failing });
  if (result.kind !== "graph") throw new Error("expected a graph");
  expectSameGraph(result.graph, fromGetServiceGraphResponse(JSON.parse(text)).graph);
  expect(result.graph.nodes[0]!.responseTimeDigest!.quantile(1)).toBeCloseTo(0.2, 9);
});

describeCorpus("loadConsoleText on real responses", () => {
  it("reads a GetServiceGraph response as a graph", async () => {
    const result = await loadConsoleText(
      readCorpus("awsdocs-xray-devguide__GetServiceGraph-response.json"),
    );
    expect(result.kind).toBe("graph");
    if (result.kind === "graph") expect(result.graph.nodes.length).toBeGreaterThan(1);
  });

  it("reads a BatchGetTraces response as traces", async () => {
    const result = await loadConsoleText(
      readCorpus("awsdocs-xray-devguide__BatchGetTraces-response.json"),
    );
    expect(result.kind).toBe("traces");
    if (result.kind === "traces") {
      expect(result.format).toBe("batch-get-traces");
      expect(result.traces.length).toBeGreaterThan(0);
    }
  });
});
