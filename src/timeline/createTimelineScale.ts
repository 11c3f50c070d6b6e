import { scaleLinear } from "d3-scale";
import { formatTimelineDuration } from "./formatTimelineDuration";
import type { TimelineWindow } from "./TimelineWindow";

/** A tick of the time axis. */
export interface TimelineTick {
  /** Epoch seconds. */
  readonly time: number;
  /** Position, in the scale's range units. */
  readonly x: number;
  /** Offset from the scale's origin, formatted (`0 ms`, `250 ms`, `1.50 s`). */
  readonly label: string;
}

export interface TimelineScaleOptions {
  readonly window: TimelineWindow;
  /** Range width; default 100 (positions are then percentages). */
  readonly width?: number;
  /** Time that tick labels count from (default the window's start), e.g. the trace start. */
  readonly origin?: number;
}

/** Maps epoch seconds to positions over a time window of the trace. */
export interface TimelineScale {
  readonly window: TimelineWindow;
  readonly width: number;
  /** Position of a time (not clamped: times outside the window fall outside [0, width]). */
  readonly x: (time: number) => number;
  /** Time at a position. */
  readonly invert: (x: number) => number;
  /** About `count` round ticks inside the window (d3's 1-2-5 steps, in milliseconds). */
  readonly ticks: (count?: number) => readonly TimelineTick[];
}

/**
 * Creates the waterfall's time scale: a linear map of the window onto `[0, width]`, with ticks at
 * round offsets from `origin`.
 * @example
 * const scale = createTimelineScale({ window: { start: t0, end: t0 + 2 }, width: 800, origin: t0 });
 * scale.x(t0 + 1); // 400
 * scale.ticks(5).map((t) => t.label); // ["0 ms", "500 ms", "1.00 s", "1.50 s", "2.00 s"]
 */
export function createTimelineScale(options: TimelineScaleOptions): TimelineScale {
  const w = options.window;
  const width = options.width ?? 100;
  const origin = options.origin ?? w.start;
  const span = Math.max(w.end - w.start, 1e-9);
  const k = width / span;
  const x = (time: number) => (time - w.start) * k;
  const invert = (px: number) => w.start + px / k;
  const ticks = (count = 5): readonly TimelineTick[] => {
    const ms = scaleLinear()
      .domain([(w.start - origin) * 1000, (w.end - origin) * 1000])
      .range([0, width]);
    return ms.ticks(count).map((offsetMs) => {
      const time = origin + offsetMs / 1000;
      return { time, x: ms(offsetMs), label: formatTimelineDuration(offsetMs / 1000) };
    });
  };
  return Object.freeze({ window: w, width, x, invert, ticks });
}
