import { createLayoutSimulation } from "./createLayoutSimulation";
import type {
  LayoutServiceGraphOptions,
  ServiceGraphLayout,
  ServiceGraphLayoutInput,
} from "./layoutServiceGraph";

/** A layout request posted to the worker: a graph reduced to keys, and the options. */
export interface LayoutWorkerRequest {
  readonly type: "tracelens/layout";
  readonly id: number;
  readonly graph: ServiceGraphLayoutInput;
  readonly options?: LayoutServiceGraphOptions;
  /** Ask for `LayoutWorkerProgress` messages while the layout runs (default false). */
  readonly progress?: boolean;
}

/** Posted while a request that asked for progress runs: the share of its ticks done, 0..1. */
export interface LayoutWorkerProgress {
  readonly type: "tracelens/layout-progress";
  readonly id: number;
  readonly progress: number;
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

/** Progress messages per layout when asked for: one after each twentieth of the ticks. */
const progressSteps = 20;

/**
 * Answers one layout request (the worker's message handler, usable without a worker): runs the
 * `layoutServiceGraph` layout and returns the response to post; null for messages that are not
 * layout requests, which a worker shared with other code may receive. When the request asks for
 * progress, `onProgress` gets a `LayoutWorkerProgress` after each twentieth of the ticks.
 */
export function handleLayoutWorkerMessage(
  data: unknown,
  onProgress?: (message: LayoutWorkerProgress) => void,
): LayoutWorkerResponse | null {
  if (!isRequest(data)) return null;
  try {
    const simulation = createLayoutSimulation(data.graph, data.options);
    const report = data.progress === true ? onProgress : undefined;
    const step =
      report === undefined ? simulation.total : Math.ceil(simulation.total / progressSteps);
    while (!simulation.tick(step))
      report?.({ type: "tracelens/layout-progress", id: data.id, progress: simulation.progress });
    return { type: "tracelens/layout", id: data.id, layout: simulation.layout() };
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
    const response = handleLayoutWorkerMessage(event.data, (progress) =>
      scope.postMessage(progress),
    );
    if (response !== null) scope.postMessage(response);
  });
}
