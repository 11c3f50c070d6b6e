import type { Diagnostic } from "../model/Diagnostic";
import type { Trace } from "../model/Trace";

/** Options of `assembleTraces`. */
export interface AssembleOptions {
  /**
   * Add an inferred segment under every outermost `aws`/`remote` subsegment that no downstream
   * segment claims, as X-Ray does for BatchGetTraces. Default true.
   */
  readonly inferSegments?: boolean;
}

/** What `assembleTraces` returns: traces by start time, and every assembly diagnostic. */
export interface AssembleResult {
  readonly traces: readonly Trace[];
  readonly diagnostics: readonly Diagnostic[];
}
