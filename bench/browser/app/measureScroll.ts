/** Frame times and long tasks while a scroll element is scrolled from top to bottom. */
export interface ScrollMeasurement {
  /** Intervals between consecutive animation frames, ms. */
  readonly frames: number[];
  /** Durations of long tasks (> 50 ms) seen during the scroll, ms. */
  readonly longTasks: number[];
  /** Durations of long animation frames (Chrome's LoAF, > 50 ms), ms; empty where unsupported. */
  readonly longFrames: number[];
  readonly scrolledPx: number;
  /** Largest value `sample` returned over the frames (e.g. the DOM row count). */
  readonly maxSample: number;
}

/**
 * Scrolls `element` by `step` px per animation frame for `count` frames (wrapping to the top at
 * the end, so a long run covers the whole content), recording each frame interval.
 */
export function measureScroll(
  element: HTMLElement,
  count: number,
  step: number,
  sample: () => number = () => 0,
): Promise<ScrollMeasurement> {
  const longTasks: number[] = [];
  const longFrames: number[] = [];
  const observers: PerformanceObserver[] = [];
  const observe = (type: string, into: number[]) => {
    try {
      const o = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) into.push(entry.duration);
      });
      o.observe({ type, buffered: false });
      observers.push(o);
    } catch {
      // Entry type not supported by this browser: leave the list empty.
    }
  };
  observe("longtask", longTasks);
  observe("long-animation-frame", longFrames);
  element.scrollTop = 0;
  const max = element.scrollHeight - element.clientHeight;
  // The position is tracked here: reading scrollTop would force a layout inside the frame.
  let position = 0;
  const frames: number[] = [];
  let scrolledPx = 0;
  let maxSample = 0;
  return new Promise((resolve) => {
    let last = -1;
    let n = 0;
    const tick = (now: number) => {
      if (last >= 0) frames.push(now - last);
      last = now;
      maxSample = Math.max(maxSample, sample());
      if (n === count) {
        // Let the observers deliver the last entries.
        setTimeout(() => {
          for (const o of observers) o.disconnect();
          resolve({ frames, longTasks, longFrames, scrolledPx, maxSample });
        }, 100);
        return;
      }
      n++;
      position = position + step > max ? 0 : position + step;
      element.scrollTop = position;
      scrolledPx += step;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
