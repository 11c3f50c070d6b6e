import { expect, it } from "vitest";
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
  expect(result.diagnostics.every((d) => d.documentIndex < documents.length + 1)).toBe(true);
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
