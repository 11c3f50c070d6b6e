import type { TraceSummary } from "../model/index";

/**
 * The summary fields analytics reads. A full `TraceSummary` fits, and so does a light row that
 * carries only some fields (a million-row list need not build every array): a missing field
 * counts as absent. Only `Id` and `StartTime` are required.
 */
export interface TraceSummaryLike extends Partial<TraceSummary> {
  readonly Id: string;
  /** Epoch seconds. */
  readonly StartTime: number;
}

/** What analytics functions take per trace: a summary, or anything holding one (a `Trace`). */
export type AnalyticsInput = TraceSummaryLike | { readonly summary: TraceSummaryLike };
