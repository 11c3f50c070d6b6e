import { traceStatusIndex } from "./classifyTraceStatus";
import { summaryOf } from "./summaryOf";
import type { AnalyticsInput } from "./TraceSummaryLike";

/** Start times and status indices of a set of traces, packed (9 bytes a trace). */
export interface TraceTimes {
  readonly count: number;
  /** Epoch seconds; only the first `count` entries are used. */
  readonly times: Float64Array;
  /** Index in TRACE_STATUSES; only the first `count` entries are used. */
  readonly statuses: Uint8Array;
  /** Smallest and largest start time (Infinity / −Infinity when empty). */
  readonly min: number;
  readonly max: number;
  /** Traces skipped for lack of a finite StartTime. */
  readonly skipped: number;
}

/** Growable typed buffers for TraceTimes (one pass over any iterable). */
export class TraceTimesBuffer {
  count = 0;
  skipped = 0;
  min = Infinity;
  max = -Infinity;
  times = new Float64Array(1024);
  statuses = new Uint8Array(1024);

  /** Records one trace; a StartTime that is not a finite number is skipped (returns false). */
  add(input: AnalyticsInput): boolean {
    const summary = summaryOf(input);
    const time = summary.StartTime;
    if (typeof time !== "number" || !Number.isFinite(time)) {
      this.skipped++;
      return false;
    }
    if (this.count === this.times.length) {
      const times = new Float64Array(this.count * 2);
      times.set(this.times);
      const statuses = new Uint8Array(this.count * 2);
      statuses.set(this.statuses);
      this.times = times;
      this.statuses = statuses;
    }
    this.times[this.count] = time;
    this.statuses[this.count] = traceStatusIndex(summary);
    this.count++;
    if (time < this.min) this.min = time;
    if (time > this.max) this.max = time;
    return true;
  }

  /** A snapshot (the arrays are shared, not copied: stop adding after this). */
  done(): TraceTimes {
    const { count, times, statuses, min, max, skipped } = this;
    return { count, times, statuses, min, max, skipped };
  }
}

/** The start times and statuses of every trace with a finite StartTime. */
export function collectTraceTimes(inputs: Iterable<AnalyticsInput>): TraceTimes {
  const buffer = new TraceTimesBuffer();
  for (const input of inputs) buffer.add(input);
  return buffer.done();
}
