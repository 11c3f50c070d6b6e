import { assembleTraces } from "../../assemble/assembleTraces";
import type { InputFormat } from "../../formats/ReadSegmentDocumentsResult";
import { fromGetServiceGraphResponse } from "../../graph/fromGetServiceGraphResponse";
import type { Diagnostic } from "../../model/Diagnostic";
import type { SegmentDocument } from "../../model/SegmentDocument";
import type { ServiceGraph } from "../../model/ServiceGraph";
import type { Trace } from "../../model/Trace";
import type { ConsoleParseResponse } from "./consoleParseProtocol";
import type { ConsoleParseWorkerFactory } from "./createConsoleParseWorker";
import { isServiceGraphText, parseConsoleText, type ParsedConsoleText } from "./parseConsoleText";

/** What a loaded file gives the Console: traces (segment documents in any form) or a map only. */
export type ConsoleLoadResult =
  | {
      readonly kind: "traces";
      readonly traces: readonly Trace[];
      readonly diagnostics: readonly Diagnostic[];
      readonly format: InputFormat;
      readonly inputCount: number;
    }
  | {
      readonly kind: "graph";
      readonly graph: ServiceGraph;
      readonly diagnostics: readonly Diagnostic[];
    };

/** Where loading is: phase and the fraction done (0–1). */
export interface ConsoleLoadProgress {
  readonly phase: "reading" | "parsing" | "assembling";
  readonly fraction: number;
}

export interface LoadConsoleTextOptions {
  /** Parse in this worker; null/undefined or a factory returning null: parse on the main thread. */
  readonly worker?: ConsoleParseWorkerFactory | null;
  readonly onProgress?: (progress: ConsoleLoadProgress) => void;
  /** Traces assembled per main-thread slice (default 500). */
  readonly chunkTraces?: number;
}

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
let nextRequest = 1;

function parseInWorker(
  text: string,
  options: LoadConsoleTextOptions,
): Promise<ParsedConsoleText> | null {
  const worker = options.worker?.() ?? null;
  if (worker === null) return null;
  const id = nextRequest++;
  return new Promise((resolve) => {
    const finish = (result: ParsedConsoleText) => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
      worker.terminate?.();
      resolve(result);
    };
    const onMessage = (event: { readonly data?: unknown }) => {
      const data = event.data as ConsoleParseResponse | undefined;
      if (data?.id !== id) return;
      if (data.type === "progress") options.onProgress?.({ phase: "parsing", fraction: 0.3 });
      else finish(data.result);
    };
    const onError = () => finish(parseConsoleText(text));
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    worker.postMessage({ id, text });
  });
}

/** Groups documents by trace id, in first-seen order, as index lists. */
function groupByTrace(documents: readonly SegmentDocument[]): number[][] {
  const groups = new Map<string, number[]>();
  documents.forEach((d, i) => {
    const g = groups.get(d.trace_id);
    if (g === undefined) groups.set(d.trace_id, [i]);
    else g.push(i);
  });
  return [...groups.values()];
}

/**
 * Loads a file's text into the Console: a GetServiceGraph response becomes a graph; anything else
 * is read as segment documents (in the worker when one is given), then assembled on the main
 * thread in slices of whole traces, yielding between slices and reporting progress. Assembly
 * diagnostics keep input document indices. Never rejects for bad input: problems are diagnostics.
 * @example await loadConsoleText(await file.text(), { worker: createConsoleParseWorker })
 */
export async function loadConsoleText(
  text: string,
  options: LoadConsoleTextOptions = {},
): Promise<ConsoleLoadResult> {
  if (isServiceGraphText(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (json !== undefined) return { kind: "graph", ...fromGetServiceGraphResponse(json) };
  }
  options.onProgress?.({ phase: "parsing", fraction: 0.05 });
  const inWorker = parseInWorker(text, options);
  let parsed: ParsedConsoleText;
  if (inWorker !== null) parsed = await inWorker;
  else {
    await pause();
    parsed = parseConsoleText(text);
  }
  const groups = groupByTrace(parsed.documents);
  const chunk = Math.max(1, options.chunkTraces ?? 500);
  const traces: Trace[] = [];
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  for (let start = 0; start < groups.length; start += chunk) {
    options.onProgress?.({ phase: "assembling", fraction: 0.5 + (0.5 * start) / groups.length });
    await pause();
    const indices = groups.slice(start, start + chunk).flat();
    const result = assembleTraces(indices.map((i) => parsed.documents[i] as SegmentDocument));
    traces.push(...result.traces);
    for (const d of result.diagnostics) {
      const local = indices[d.documentIndex];
      const documentIndex = local === undefined ? -1 : (parsed.documentIndices[local] ?? -1);
      diagnostics.push(d.documentIndex < 0 ? d : { ...d, documentIndex });
    }
  }
  options.onProgress?.({ phase: "assembling", fraction: 1 });
  return {
    kind: "traces",
    traces,
    diagnostics,
    format: parsed.format,
    inputCount: parsed.inputCount,
  };
}
