import type {
  LayoutServiceGraphOptions,
  ServiceGraphLayout,
  ServiceGraphLayoutInput,
} from "./layoutServiceGraph";
import type {
  LayoutWorkerProgress,
  LayoutWorkerRequest,
  LayoutWorkerResponse,
} from "./layoutWorker";
import { toPreviousPositions } from "./toPreviousPositions";

/** What the client needs of a worker (a browser `Worker`, a `MessagePort`); DOM-free on purpose. */
export interface LayoutWorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { readonly data: unknown }) => void): void;
  removeEventListener(type: "message", listener: (event: { readonly data: unknown }) => void): void;
}

/** Sends layouts to a worker running `installLayoutWorker`. */
export interface LayoutWorkerClient {
  /**
   * Lays out a graph in the worker; rejects when the worker reports an error or the client is
   * disposed. `onProgress` (optional) gets the share of the ticks done, 0..1, as the worker runs.
   */
  layout(
    graph: ServiceGraphLayoutInput,
    options?: LayoutServiceGraphOptions,
    onProgress?: (progress: number) => void,
  ): Promise<ServiceGraphLayout>;
  /** Stops listening and rejects pending layouts; the worker itself is the caller's to terminate. */
  dispose(): void;
}

const isResponse = (data: unknown): data is LayoutWorkerResponse =>
  data !== null &&
  typeof data === "object" &&
  (data as LayoutWorkerResponse).type === "tracelens/layout" &&
  typeof (data as LayoutWorkerResponse).id === "number";

const isProgress = (data: unknown): data is LayoutWorkerProgress =>
  data !== null &&
  typeof data === "object" &&
  (data as LayoutWorkerProgress).type === "tracelens/layout-progress" &&
  typeof (data as LayoutWorkerProgress).id === "number" &&
  typeof (data as LayoutWorkerProgress).progress === "number";

/**
 * Creates a client that runs `layoutServiceGraph` in a Web Worker, so a large map lays out off
 * the main thread. Only node keys, kinds and edge ends are posted (not digests), and the previous
 * layout's positions for a warm start; the answer is the same layout the function gives. Pass
 * `onProgress` to `layout` to hear how far the worker is.
 *
 * @example
 * const worker = new Worker(new URL("./serviceMapLayout.worker.ts", import.meta.url), { type: "module" });
 * const client = createLayoutWorkerClient(worker);
 * const layout = await client.layout(graph, { seed: 1 }, (share) => showProgress(share));
 */
export function createLayoutWorkerClient(worker: LayoutWorkerLike): LayoutWorkerClient {
  let nextId = 1;
  let disposed = false;
  const pending = new Map<
    number,
    {
      resolve: (layout: ServiceGraphLayout) => void;
      reject: (error: Error) => void;
      onProgress?: (progress: number) => void;
    }
  >();
  const listener = (event: { readonly data: unknown }): void => {
    const data = event.data;
    if (isProgress(data)) {
      pending.get(data.id)?.onProgress?.(data.progress);
      return;
    }
    if (!isResponse(data)) return;
    const waiter = pending.get(data.id);
    if (waiter === undefined) return;
    pending.delete(data.id);
    if ("error" in data) waiter.reject(new Error(`layout worker: ${data.error}`));
    else waiter.resolve(data.layout);
  };
  worker.addEventListener("message", listener);
  return {
    layout: (graph, options = {}, onProgress) => {
      if (disposed) return Promise.reject(new Error("layout worker client is disposed"));
      const id = nextId++;
      return new Promise<ServiceGraphLayout>((resolve, reject) => {
        const previous = toPreviousPositions(options.previous);
        const request: LayoutWorkerRequest = {
          type: "tracelens/layout",
          id,
          graph: {
            nodes: graph.nodes.map((n) =>
              n.kind === undefined ? { key: n.key } : { key: n.key, kind: n.kind },
            ),
            edges: graph.edges.map((e) => ({ source: e.source, target: e.target })),
          },
          options: { ...options, previous: previous === undefined ? undefined : new Map(previous) },
          ...(onProgress === undefined ? {} : { progress: true }),
        };
        worker.postMessage(request);
        pending.set(id, { resolve, reject, onProgress });
      });
    },
    dispose: () => {
      if (disposed) return;
      disposed = true;
      worker.removeEventListener("message", listener);
      for (const waiter of pending.values())
        waiter.reject(new Error("layout worker client is disposed"));
      pending.clear();
    },
  };
}
