import type { ConsoleParseRequest } from "./consoleParseProtocol";

/** A worker the Console parses files in (a Web Worker, or anything that answers the same way). */
export interface ConsoleParseWorker {
  postMessage(message: ConsoleParseRequest): void;
  addEventListener(
    type: "message" | "error",
    listener: (event: { readonly data?: unknown }) => void,
  ): void;
  removeEventListener(
    type: "message" | "error",
    listener: (event: { readonly data?: unknown }) => void,
  ): void;
  terminate?(): void;
}

/** Makes the parse worker; null when none can be made (the Console then parses on the main thread). */
export type ConsoleParseWorkerFactory = () => ConsoleParseWorker | null;

/**
 * The default parse worker: a module Web Worker running `installConsoleParseWorker`, bundled by
 * Vite. Null where there is no `Worker` (Node, server rendering, happy-dom).
 * @example <Console parseWorker={createConsoleParseWorker} />
 */
export function createConsoleParseWorker(): ConsoleParseWorker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./consoleParse.worker.ts", import.meta.url), {
      type: "module",
      name: "tracelens-parse",
    }) as unknown as ConsoleParseWorker;
  } catch {
    return null;
  }
}
