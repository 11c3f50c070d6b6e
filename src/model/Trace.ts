import type { Diagnostic } from "./Diagnostic";
import type { TraceNode } from "./TraceNode";
import type { TraceSummary } from "./TraceSummary";

/** One assembled trace. */
export interface Trace {
  readonly id: string;
  /** The entry segment: the earliest segment without parent_id; null if it never arrived. */
  readonly root: TraceNode | null;
  /** Top-level nodes: the root first, then orphans (documents whose parent never arrived), by start. */
  readonly roots: readonly TraceNode[];
  /** Every node by id. */
  readonly nodes: ReadonlyMap<string, TraceNode>;
  /** Segment and inferred-segment nodes, by start time. */
  readonly segments: readonly TraceNode[];
  /** Earliest start, epoch seconds. */
  readonly startTime: number;
  /** Latest end (or latest start of an in-progress entity), epoch seconds. */
  readonly endTime: number;
  readonly summary: TraceSummary;
  /** Assembly diagnostics for this trace (orphans, duplicates, cycles, ...). */
  readonly diagnostics: readonly Diagnostic[];
}
