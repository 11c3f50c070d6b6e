/** A time window on the waterfall's axis, epoch seconds (`start < end`). */
export interface TimelineWindow {
  readonly start: number;
  readonly end: number;
}

/** Smallest window span, seconds (one microsecond, X-Ray's time resolution). */
export const MIN_WINDOW_SPAN = 1e-6;

/**
 * The window moved and shrunk to lie inside `bounds`, at least `MIN_WINDOW_SPAN` wide (and at most
 * the bounds' width).
 * @example clampTimelineWindow({ start: 5, end: 20 }, { start: 0, end: 10 }) // { start: 0, end: 10 }
 */
export function clampTimelineWindow(w: TimelineWindow, bounds: TimelineWindow): TimelineWindow {
  const boundSpan = Math.max(bounds.end - bounds.start, MIN_WINDOW_SPAN);
  let start = Math.min(w.start, w.end);
  let end = Math.max(w.start, w.end);
  let span = Math.min(Math.max(end - start, MIN_WINDOW_SPAN), boundSpan);
  if (!Number.isFinite(span)) span = boundSpan;
  if (!Number.isFinite(start)) start = bounds.start;
  start = Math.min(Math.max(start, bounds.start), bounds.start + boundSpan - span);
  end = start + span;
  return { start, end };
}

/**
 * Zooms by `factor` (< 1 zooms in) keeping the time `anchor` at the same place on screen, then
 * clamps to `bounds`.
 * @example zoomTimelineWindow({ start: 0, end: 10 }, 0.5, 5, { start: 0, end: 10 }) // { 2.5, 7.5 }
 */
export function zoomTimelineWindow(
  w: TimelineWindow,
  factor: number,
  anchor: number,
  bounds: TimelineWindow,
): TimelineWindow {
  const start = anchor - (anchor - w.start) * factor;
  const end = anchor + (w.end - anchor) * factor;
  return clampTimelineWindow({ start, end }, bounds);
}

/**
 * Moves the window by `delta` seconds (positive: later), stopping at the bounds.
 * @example panTimelineWindow({ start: 0, end: 2 }, 1, { start: 0, end: 10 }) // { start: 1, end: 3 }
 */
export function panTimelineWindow(
  w: TimelineWindow,
  delta: number,
  bounds: TimelineWindow,
): TimelineWindow {
  return clampTimelineWindow({ start: w.start + delta, end: w.end + delta }, bounds);
}
