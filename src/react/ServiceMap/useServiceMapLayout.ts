import { useEffect, useMemo, useRef, useState } from "react";
import { createLayoutSimulation } from "../../graph/createLayoutSimulation";
import { createLayoutWorkerClient } from "../../graph/createLayoutWorkerClient";
import {
  layoutServiceGraph,
  type LayoutServiceGraphOptions,
  type ServiceGraphLayout,
} from "../../graph/layoutServiceGraph";
import type { ServiceGraph } from "../../model/ServiceGraph";
import type {
  ServiceMapLayoutWorker,
  ServiceMapLayoutWorkerFactory,
} from "./createServiceMapLayoutWorker";

/** Where the map's layout comes from and how far it is. */
export interface ServiceMapLayoutState {
  /** The newest complete layout (while a new graph lays out: the previous graph's, or null). */
  readonly layout: ServiceGraphLayout | null;
  readonly status: "running" | "done";
  /** 0..1 as the layout runs; null while a worker runs that reports no progress (yet). */
  readonly progress: number | null;
  /** `given` (the `layout` prop), `sync` (small graphs), `worker`, or `chunked` (main thread). */
  readonly runner: "given" | "sync" | "worker" | "chunked";
}

export interface ServiceMapLayoutOptions {
  /** A layout computed elsewhere (server, cache): used as is. */
  readonly layout?: ServiceGraphLayout;
  /** Makes the worker; false: never use one (chunked on the main thread). */
  readonly layoutWorker?: ServiceMapLayoutWorkerFactory | false;
  /** Graphs with at most this many nodes lay out synchronously while rendering. */
  readonly syncLayoutLimit: number;
  readonly layoutOptions?: Omit<LayoutServiceGraphOptions, "previous">;
}

/** Milliseconds of layout work per main-thread chunk. */
const CHUNK_MS = 12;

/**
 * The layout of the map's graph: given, computed while rendering (small graphs), or computed off
 * the render path — in a Web Worker when the factory gives one, else in chunks of about 12 ms on
 * the main thread — with progress in steps of at least 2%. A new graph starts warm from the
 * previous layout, so the nodes it shares keep their places.
 */
export function useServiceMapLayout(
  graph: ServiceGraph,
  options: ServiceMapLayoutOptions,
): ServiceMapLayoutState {
  const { layout: given, layoutWorker, syncLayoutLimit, layoutOptions } = options;
  const previous = useRef<ServiceGraphLayout | null>(null);
  const sync = given === undefined && graph.nodes.length <= syncLayoutLimit;
  const optionsKey = JSON.stringify(layoutOptions ?? {});
  const syncLayout = useMemo(
    () =>
      sync
        ? layoutServiceGraph(graph, {
            ...(JSON.parse(optionsKey) as LayoutServiceGraphOptions),
            previous: previous.current ?? undefined,
          })
        : null,
    [sync, graph, optionsKey],
  );
  const [async, setAsync] = useState<{
    graph: ServiceGraph | null;
    layout: ServiceGraphLayout | null;
    progress: number | null;
    runner: "worker" | "chunked";
  }>({ graph: null, layout: null, progress: 0, runner: "chunked" });
  const factory = useRef(layoutWorker);
  factory.current = layoutWorker;
  const worker = useRef<ServiceMapLayoutWorker | null | undefined>(undefined);

  useEffect(() => {
    if (given !== undefined || sync) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const opts: LayoutServiceGraphOptions = {
      ...(JSON.parse(optionsKey) as LayoutServiceGraphOptions),
      previous: previous.current ?? undefined,
    };
    const done = (layout: ServiceGraphLayout, runner: "worker" | "chunked"): void => {
      if (cancelled) return;
      setAsync({ graph, layout, progress: 1, runner });
    };
    let shown = 0;
    /** Shows progress in steps of at least 2% (each one re-renders the map). */
    const report = (progress: number, runner: "worker" | "chunked"): void => {
      if (cancelled || progress - shown < 0.02) return;
      shown = progress;
      setAsync((s) => ({ ...s, progress, runner }));
    };
    const chunked = (): void => {
      const simulation = createLayoutSimulation(graph, opts);
      let perTick = 1;
      shown = 0;
      const run = (): void => {
        if (cancelled) return;
        const started = performance.now();
        const ticks = Math.max(1, Math.floor(CHUNK_MS / perTick));
        const finished = simulation.tick(ticks);
        perTick = Math.max(0.01, (performance.now() - started) / ticks);
        if (finished) done(simulation.layout(), "chunked");
        else {
          report(simulation.progress, "chunked");
          timer = setTimeout(run, 0);
        }
      };
      setAsync((s) => ({ ...s, progress: 0, runner: "chunked" }));
      timer = setTimeout(run, 0);
    };
    const make = factory.current;
    if (worker.current === undefined)
      worker.current = make === false || make === undefined ? null : make();
    const w = worker.current;
    if (w === null) {
      chunked();
    } else {
      const client = createLayoutWorkerClient(w);
      let fellBack = false;
      const fallBack = (): void => {
        if (fellBack || cancelled) return;
        fellBack = true;
        chunked();
      };
      const onError = (): void => fallBack();
      w.addEventListener("error", onError);
      setAsync((s) => ({ ...s, progress: null, runner: "worker" }));
      const onProgress = (progress: number): void => {
        if (!fellBack) report(progress, "worker");
      };
      client.layout(graph, opts, onProgress).then(
        (layout) => done(layout, "worker"),
        () => fallBack(),
      );
      return () => {
        cancelled = true;
        clearTimeout(timer);
        client.dispose();
        w.removeEventListener("error", onError);
      };
    }
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [given, sync, graph, optionsKey]);

  useEffect(
    () => () => {
      worker.current?.terminate?.();
      worker.current = undefined;
    },
    [],
  );

  const state: ServiceMapLayoutState =
    given !== undefined
      ? { layout: given, status: "done", progress: 1, runner: "given" }
      : sync
        ? { layout: syncLayout, status: "done", progress: 1, runner: "sync" }
        : {
            layout: async.layout,
            status: async.graph === graph ? "done" : "running",
            progress: async.graph === graph ? 1 : async.progress,
            runner: async.runner,
          };
  if (state.status === "done") previous.current = state.layout;
  return state;
}
