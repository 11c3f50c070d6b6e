import type { LayoutWorkerLike } from "../../graph/createLayoutWorkerClient";

/** A worker the map can lay out in: `createLayoutWorkerClient`'s needs, plus optional `terminate`. */
export interface ServiceMapLayoutWorker extends LayoutWorkerLike {
  terminate?(): void;
  addEventListener(
    type: "message" | "error",
    listener: (event: { readonly data: unknown }) => void,
  ): void;
  removeEventListener(
    type: "message" | "error",
    listener: (event: { readonly data: unknown }) => void,
  ): void;
}

/** Makes the worker a ServiceMap lays out in; null when none can be made (the map then lays out in chunks on the main thread). */
export type ServiceMapLayoutWorkerFactory = () => ServiceMapLayoutWorker | null;

/**
 * The default layout worker: a module Web Worker running `installLayoutWorker`, bundled by Vite
 * (and other bundlers that understand `new Worker(new URL(..., import.meta.url))`). Null where
 * there is no `Worker` (Node, server rendering, happy-dom) or it cannot be created.
 * @example <ServiceMap graph={graph} layoutWorker={createServiceMapLayoutWorker} />
 */
export function createServiceMapLayoutWorker(): ServiceMapLayoutWorker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./serviceMapLayout.worker.ts", import.meta.url), {
      type: "module",
      name: "tracelens-layout",
    }) as unknown as ServiceMapLayoutWorker;
  } catch {
    return null;
  }
}
