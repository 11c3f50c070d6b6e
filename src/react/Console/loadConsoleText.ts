import { assembleTraces } from "../../assemble/assembleTraces";
import { locateDiagnostic } from "../../formats/locateDiagnostic";
import type { InputFormat } from "../../formats/ReadSegmentDocumentsResult";
import type { Diagnostic } from "../../model/Diagnostic";
import type { SegmentDocument } from "../../model/SegmentDocument";
import type { ServiceGraph } from "../../model/ServiceGraph";
import type { Trace } from "../../model/Trace";
import type { ConsoleGraphMessage, ConsoleParseResponse } from "./consoleParseProtocol";
import type { ConsoleParseWorkerFactory } from "./createConsoleParseWorker";
import { fromConsoleGraphMessage } from "./fromConsoleGraphMessage";
import { parseConsoleText, type ParsedConsoleText } from "./parseConsoleText";
import { parseServiceGraphText } from "./parseServiceGraphText";

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

/**
 * Where loading is: phase and the fraction done (0–1). While reading a file, also the bytes read
 * so far and the file's size (`readConsoleFile`).
 */
export interface ConsoleLoadProgress {
  readonly phase: "reading" | "parsing" | "assembling";
  readonly fraction: number;
  /** Bytes read so far (phase "reading" only). */
  readonly loaded?: number;
  /** Bytes in the file (phase "reading" only). */
  readonly total?: number;
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

/** The worker's answer, or null when there is no worker or it failed (parse on the main thread). */
function parseInWorker(
  text: string,
  options: LoadConsoleTextOptions,
): Promise<ParsedConsoleText | ConsoleGraphMessage | null> | null {
  const worker = options.worker?.() ?? null;
  if (worker === null) return null;
  const id = nextRequest++;
  return new Promise((resolve) => {
    const finish = (result: ParsedConsoleText | ConsoleGraphMessage | null) => {
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
    const onError = () => finish(null);
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
 * Loads a file's text into the Console. In the worker when one is given (else on the main
 * thread): a GetServiceGraph response becomes a graph (`fromGetServiceGraphResponse`; from the
 * worker its digests come as JSON and are rebuilt as TDigest instances), anything else is read as
 * segment documents. Documents are assembled on the main thread in slices of whole traces,
 * yielding between slices and reporting progress. Assembly diagnostics keep input document
 * indices. Never rejects for bad input: problems are diagnostics.
 * @example await loadConsoleText(await readConsoleFile(file), { worker: createConsoleParseWorker })
 */
export async function loadConsoleText(
  text: string,
  options: LoadConsoleTextOptions = {},
): Promise<ConsoleLoadResult> {
  options.onProgress?.({ phase: "parsing", fraction: 0.05 });
  const inWorker = parseInWorker(text, options);
  const answer = inWorker === null ? null : await inWorker;
  if (answer?.kind === "graph") {
    const read = fromConsoleGraphMessage(answer) ?? parseServiceGraphText(text);
    if (read !== null) return { kind: "graph", ...read };
  }
  let parsed: ParsedConsoleText;
  if (answer !== null && answer.kind === "documents") parsed = answer;
  else {
    const read = parseServiceGraphText(text);
    if (read !== null) return { kind: "graph", ...read };
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
      // at the document's place in the text: its input index and line or path
      const local = indices[d.documentIndex];
      if (d.documentIndex < 0) diagnostics.push(d);
      else if (local === undefined) diagnostics.push({ ...d, documentIndex: -1 });
      else diagnostics.push(locateDiagnostic(d, parsed, local));
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
