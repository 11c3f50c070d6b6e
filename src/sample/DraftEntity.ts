/**
 * The simulator's working form of a trace, before it becomes segment documents: times are integer
 * epoch microseconds, and every X-Ray field other than id/name/times sits in `fields` in output
 * order. Drafts are created and filled by the builders of one trace, then rendered once.
 */
export interface DraftEntity {
  readonly id: string;
  readonly name: string;
  /** Epoch microseconds. */
  start: number;
  /** Epoch microseconds. */
  end: number;
  readonly fields: Record<string, unknown>;
  readonly children: DraftEntity[];
  /** Sent as its own document (`type: "subsegment"`) instead of embedded in its parent. */
  independent: boolean;
}

/** A segment draft: the document of one service. */
export interface DraftSegment extends DraftEntity {
  /** Id of the calling subsegment in the document of another service. */
  readonly parentId: string | undefined;
}

/** One simulated trace. */
export interface DraftTrace {
  readonly traceId: string;
  readonly segments: DraftSegment[];
  /** When set, the trace is captured at this epoch microsecond: later work is in progress. */
  cutoff: number | undefined;
  /** Ids of segments that never arrive. */
  readonly missing: Set<string>;
  /** Ids of segments also sent as an in-progress document when they started. */
  readonly earlyInProgress: Set<string>;
}

/** A new entity draft with no children. */
export function createDraft(
  id: string,
  name: string,
  start: number,
  end: number,
  fields: Record<string, unknown> = {},
): DraftEntity {
  return { id, name, start, end, fields, children: [], independent: false };
}
