import { useCallback, useMemo, useState } from "react";
import { compileFilter, type CompiledFilter } from "../../filter/compileFilter";
import { deriveServiceGraph } from "../../graph/deriveServiceGraph";
import type { Diagnostic } from "../../model/Diagnostic";
import type { ServiceGraph, ServiceGraphNode } from "../../model/ServiceGraph";
import type { Trace } from "../../model/Trace";
import type { TraceNode } from "../../model/TraceNode";
import type { TimeRange } from "../TimeSeriesActivity/TimeSeriesActivityProps";
import type { ConsoleParseWorkerFactory } from "./createConsoleParseWorker";
import { describeFileError } from "./describeFileError";
import {
  loadConsoleText,
  type ConsoleLoadProgress,
  type ConsoleLoadResult,
} from "./loadConsoleText";
import { readConsoleFile, type ConsoleFileSource } from "./readConsoleFile";

/**
 * A file the Console loaded: its name, what it held, and the diagnostics reading it gave; or, for
 * a file that could not be read at all (`unreadable`: too large, removed, not readable), why.
 */
export interface ConsoleLoadedFile {
  readonly name: string;
  readonly kind: "traces" | "graph" | "unreadable";
  readonly traceCount: number;
  readonly diagnostics: readonly Diagnostic[];
  /** Why the file could not be read (`unreadable` only). */
  readonly error?: string;
}

export interface ConsoleStateOptions {
  /** The traces to show; a new array replaces the traces shown (also ones loaded from files). */
  readonly traces: readonly Trace[];
  readonly defaultFilter?: string;
  /** Parse worker for loaded files; null parses on the main thread in slices. */
  readonly parseWorker?: ConsoleParseWorkerFactory | null;
}

const applyFilter = (traces: readonly Trace[], compiled: CompiledFilter): readonly Trace[] =>
  compiled.ok ? traces.filter((t) => compiled.matchesTrace(t)) : traces;

/**
 * The Console's state: the traces, the applied filter (set A) and its matches (within the time
 * window, when one is chosen), the comparison
 * filter (set B), the service graph of the matches (or a loaded GetServiceGraph response),
 * selections (map node, trace, timeline node) and file loading with progress (bytes read, then
 * parsing and assembly) and diagnostics.
 */
export function useConsoleState(options: ConsoleStateOptions) {
  const [traces, setTraces] = useState<readonly Trace[]>(options.traces);
  const [loadedGraph, setLoadedGraph] = useState<ServiceGraph | null>(null);
  const [filter, setFilter] = useState(options.defaultFilter ?? "");
  const [filterB, setFilterB] = useState("");
  const [timeRange, setTimeRange] = useState<TimeRange | null>(null);
  const [nodeKey, setNodeKey] = useState<string | null>(null);
  const [traceId, setTraceId] = useState<string | null>(null);
  const [entityId, setEntityId] = useState<string | null>(null);
  const [progress, setProgress] = useState<ConsoleLoadProgress | null>(null);
  const [files, setFiles] = useState<readonly ConsoleLoadedFile[]>([]);
  const [initial, setInitial] = useState(options.traces);
  if (initial !== options.traces) {
    // New traces from the caller replace whatever is shown (React's adjust-state-on-prop pattern).
    setInitial(options.traces);
    setTraces(options.traces);
    setLoadedGraph(null);
    setTimeRange(null);
  }

  const compiled = useMemo(() => compileFilter(filter), [filter]);
  const compiledB = useMemo(() => compileFilter(filterB), [filterB]);
  const filtered = useMemo(() => {
    const matches = applyFilter(traces, compiled);
    if (timeRange === null) return matches;
    return matches.filter((t) => t.startTime >= timeRange.start && t.startTime < timeRange.end);
  }, [traces, compiled, timeRange]);
  const setB = useMemo(
    () => (filterB.trim() === "" ? [] : applyFilter(traces, compiledB)),
    [traces, compiledB, filterB],
  );
  const derived = useMemo(() => deriveServiceGraph(filtered), [filtered]);
  const graph = loadedGraph ?? derived;
  const node: ServiceGraphNode | null =
    nodeKey === null ? null : (graph.nodeByKey.get(nodeKey) ?? null);
  const trace = useMemo(
    () => (traceId === null ? null : (traces.find((t) => t.id === traceId) ?? null)),
    [traces, traceId],
  );
  const entity: TraceNode | null =
    trace === null
      ? null
      : ((entityId === null ? null : trace.nodes.get(entityId)) ?? trace.root ?? null);

  const selectTrace = useCallback((id: string | null) => {
    setTraceId(id);
    setEntityId(null);
  }, []);

  const loadFile = useCallback(
    async (file: ConsoleFileSource & { readonly name?: string }) => {
      const name = file.name ?? "file";
      let result: ConsoleLoadResult;
      try {
        const text = await readConsoleFile(file, setProgress);
        result = await loadConsoleText(text, {
          worker: options.parseWorker ?? null,
          onProgress: setProgress,
        });
      } catch (error) {
        // what was shown stays; the file list says why this one is not
        const failed: ConsoleLoadedFile = {
          name,
          kind: "unreadable",
          traceCount: 0,
          diagnostics: [],
          error: describeFileError(error),
        };
        setFiles((f) => [...f, failed]);
        setProgress(null);
        return;
      }
      if (result.kind === "graph") {
        setLoadedGraph(result.graph);
        setFiles((f) => [
          ...f,
          { name, kind: "graph", traceCount: 0, diagnostics: result.diagnostics },
        ]);
      } else {
        setTraces(result.traces);
        setLoadedGraph(null);
        setFiles((f) => [
          ...f,
          {
            name,
            kind: "traces",
            traceCount: result.traces.length,
            diagnostics: result.diagnostics,
          },
        ]);
      }
      setNodeKey(null);
      setTimeRange(null);
      selectTrace(null);
      setProgress(null);
    },
    [options.parseWorker, selectTrace],
  );

  return {
    traces,
    filter,
    setFilter,
    compiled,
    filtered,
    filterB,
    setFilterB,
    setB,
    timeRange,
    setTimeRange,
    graph,
    graphFromFile: loadedGraph !== null,
    nodeKey,
    node,
    selectNode: setNodeKey,
    trace,
    selectTrace,
    entity,
    selectEntity: setEntityId,
    progress,
    files,
    loadFile,
  };
}

/** The Console's state and actions (`useConsoleState`). */
export type ConsoleState = ReturnType<typeof useConsoleState>;
