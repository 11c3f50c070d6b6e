import type { CSSProperties } from "react";
import type { Trace } from "../../model/Trace";
import type { ServiceMapLayoutWorkerFactory } from "../ServiceMap/createServiceMapLayoutWorker";
import type { ConsoleParseWorkerFactory } from "./createConsoleParseWorker";

export interface ConsoleProps {
  /** The traces to start with; default the built-in workload (`sampleTraces({ traces: 200 })`). */
  readonly traces?: readonly Trace[];
  /** The filter applied at first; default "" (all traces). */
  readonly defaultFilter?: string;
  /**
   * Makes the worker dropped files are parsed in (default `createConsoleParseWorker`); false:
   * parse on the main thread, assembling in slices either way, with a progress bar.
   */
  readonly parseWorker?: ConsoleParseWorkerFactory | false;
  /** Passed to the ServiceMap (`layoutWorker`). */
  readonly mapLayoutWorker?: ServiceMapLayoutWorkerFactory | false;
  /** `light` (default) or `dark`. */
  readonly theme?: "light" | "dark";
  readonly className?: string;
  readonly style?: CSSProperties;
}
