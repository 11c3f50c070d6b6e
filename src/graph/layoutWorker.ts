import type {
  LayoutServiceGraphOptions,
  ServiceGraphLayout,
  ServiceGraphLayoutInput,
} from "./layoutServiceGraph";
import { layoutServiceGraph } from "./layoutServiceGraph";

/** A layout request posted to the worker: a graph reduced to keys, and the options. */
export interface LayoutWorkerRequest {
  readonly type: "tracelens/layout";
  readonly id: number;
  readonly graph: ServiceGraphLayoutInput;
  readonly options?: LayoutServiceGraphOptions;
}

/** The worker's answer to request `id`: a layout, or the message of the error it raised. */
export type LayoutWorkerResponse =
  | { readonly type: "tracelens/layout"; readonly id: number; readonly layout: ServiceGraphLayout }
  | { readonly type: "tracelens/layout"; readonly id: number; readonly error: string };

/** What the worker needs of its global scope (`self` in a Web Worker); DOM-free on purpose. */
export interface LayoutWorkerScope {
  addEventListener(type: "message", listener: (event: { readonly data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const isRequest = (data: unknown): data is LayoutWorkerRequest =>
  data !== null &&
  typeof data === "object" &&
  (data as LayoutWorkerRequest).type === "tracelens/layout" &&
  typeof (data as LayoutWorkerRequest).id === "number";

/**
 * Answers one layout request (the worker's message handler, usable without a worker): runs
 * `layoutServiceGraph` and returns the response to post; null for messages that are not layout
 * requests, which a worker shared with other code may receive.
 */
export function handleLayoutWorkerMessage(data: unknown): LayoutWorkerResponse | null {
  if (!isRequest(data)) return null;
  try {
    return {
      type: "tracelens/layout",
      id: data.id,
      layout: layoutServiceGraph(data.graph, data.options),
    };
  } catch (error) {
    return {
      type: "tracelens/layout",
      id: data.id,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * Makes a worker scope answer layout requests from `createLayoutWorkerClient`. Call it once in
 * your worker module:
 *
 * @example
 * // serviceMapLayout.worker.ts
 * import { installLayoutWorker } from "tracelens";
 * installLayoutWorker(self);
 */
export function installLayoutWorker(scope: LayoutWorkerScope): void {
  scope.addEventListener("message", (event) => {
    const response = handleLayoutWorkerMessage(event.data);
    if (response !== null) scope.postMessage(response);
  });
}
