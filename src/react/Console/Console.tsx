import { useCallback, useMemo, useState, type DragEvent } from "react";
import type { Trace } from "../../model/Trace";
import type { TraceNode } from "../../model/TraceNode";
import { sampleTraces } from "../../sample/sampleTraces";
import { FilterBar } from "../FilterBar/FilterBar";
import { SegmentDetails } from "../SegmentDetails/SegmentDetails";
import { ServiceDetails } from "../ServiceDetails/ServiceDetails";
import { ServiceMap } from "../ServiceMap/ServiceMap";
import { TracelensTheme } from "../theme/TracelensTheme";
import { TraceList } from "../TraceList/TraceList";
import { TraceTimeline } from "../TraceTimeline/TraceTimeline";
import { ConsoleAnalytics } from "./ConsoleAnalytics";
import { ConsoleDiagnostics } from "./ConsoleDiagnostics";
import { ConsoleLoader } from "./ConsoleLoader";
import type { ConsoleProps } from "./ConsoleProps";
import { ConsoleStyles } from "./ConsoleStyles";
import { createConsoleParseWorker } from "./createConsoleParseWorker";
import { useConsoleState, type ConsoleLoadedFile } from "./useConsoleState";

let workload: readonly Trace[] | null = null;
const defaultTraces = () => (workload ??= sampleTraces({ traces: 200 }));

/**
 * The X-Ray console composed from tracelens parts: a filter bar over a service map and a trace
 * list (both show the matching traces); a map node's details turn the node or a latency band into
 * the filter; a trace opens its timeline and segment details; set A (the filter) is compared with
 * set B (a second filter). Runs on the built-in workload or on dropped / opened files.
 * @example <Console />
 */
export function Console(props: ConsoleProps) {
  const initial = useMemo(() => props.traces ?? defaultTraces(), [props.traces]);
  const state = useConsoleState({
    traces: initial,
    defaultFilter: props.defaultFilter,
    parseWorker:
      props.parseWorker === false ? null : (props.parseWorker ?? createConsoleParseWorker),
  });
  const [dragging, setDragging] = useState(false);
  const { loadFile } = state;
  const loadFiles = useCallback(
    async (files: readonly File[]) => {
      for (const f of files) await loadFile(f);
    },
    [loadFile],
  );
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0) void loadFiles(files);
  };
  const { trace, entity, compiled, filter } = state;
  const nodeFilter = useMemo(
    () =>
      trace !== null && compiled.ok && filter.trim() !== ""
        ? (n: TraceNode) => compiled.matchesNode(n, trace)
        : null,
    [trace, compiled, filter],
  );
  let lastFile: ConsoleLoadedFile | undefined; // the last file shown (an unreadable one is not)
  for (const file of state.files) if (file.kind !== "unreadable") lastFile = file;
  const className = `tl-console${dragging ? " tl-console-dragging" : ""}${props.className === undefined ? "" : ` ${props.className}`}`;

  return (
    <TracelensTheme theme={props.theme} style={props.style}>
      <div
        className={className}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <ConsoleStyles />
        <div className="tl-console-top">
          <FilterBar
            traces={state.traces}
            value={state.filter}
            onFilterChange={(text) => state.setFilter(text)}
          />
          <ConsoleLoader
            progress={state.progress}
            onFiles={(files) => void loadFiles(files)}
            source={lastFile === undefined ? "built-in workload" : lastFile.name}
          />
        </div>
        <ConsoleDiagnostics files={state.files} />
        <div className="tl-console-grid">
          <div>
            <section className="tl-console-panel" aria-label="Service map panel">
              <h2 className="tl-console-h">
                {state.graphFromFile
                  ? "Service map (from the GetServiceGraph file)"
                  : "Service map of the matching traces"}
              </h2>
              <ServiceMap
                graph={state.graph}
                height={420}
                layoutWorker={props.mapLayoutWorker}
                selection={state.nodeKey === null ? null : { kind: "node", key: state.nodeKey }}
                onSelect={(e) => state.selectNode(e?.kind === "node" ? e.key : null)}
              />
            </section>
            {state.nodeKey !== null ? (
              <ServiceDetails
                graph={state.graph}
                selection={{ kind: "node", key: state.nodeKey }}
                onViewTraces={(e) => state.setFilter(e.expression)}
              />
            ) : null}
          </div>
          <section className="tl-console-panel" aria-label="Trace list">
            <h2 className="tl-console-h">Traces</h2>
            <p className="tl-console-muted" data-testid="trace-count" aria-live="polite">
              {`${state.filtered.length} of ${state.traces.length} traces match`}
            </p>
            <TraceList
              traces={state.filtered}
              height={360}
              selectedId={trace?.id ?? null}
              onSelect={(t) => state.selectTrace(t.id)}
              onFilterChange={state.setFilter}
            />
          </section>
        </div>
        {trace !== null ? (
          <div className="tl-console-grid">
            <section className="tl-console-panel" aria-label="Trace">
              <h2 className="tl-console-h">{`Trace ${trace.id}`}</h2>
              <TraceTimeline
                trace={trace}
                height={360}
                selectedId={entity?.id ?? null}
                onSelect={(n) => state.selectEntity(n.id)}
                filter={nodeFilter}
              />
            </section>
            {entity !== null ? (
              <section className="tl-console-panel" aria-label="Segment">
                <SegmentDetails node={entity} trace={trace} />
              </section>
            ) : null}
          </div>
        ) : null}
        <ConsoleAnalytics
          all={state.traces}
          setA={state.filtered}
          filterA={state.filter}
          setB={state.setB}
          filterB={state.filterB}
          onFilterBChange={state.setFilterB}
          onFilter={state.setFilter}
          timeRange={state.timeRange}
          onTimeRangeChange={state.setTimeRange}
        />
      </div>
    </TracelensTheme>
  );
}
