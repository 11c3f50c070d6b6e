/** Frame times while a map is panned or zoomed by synthetic pointer and wheel input. */
export interface GestureMeasurement {
  /** Intervals between consecutive animation frames, ms. */
  readonly frames: number[];
  /** Durations of long tasks (> 50 ms) seen meanwhile, ms. */
  readonly longTasks: number[];
}

export type GestureKind = "pan" | "zoom";

/**
 * Drives `element` (the element d3-zoom listens on) for `count` frames: a drag that moves
 * `step` px per frame in a slow circle ("pan"), or one wheel event of deltaY ±10 per frame (about
 * six mouse-wheel notches a second: 2.3× per second), zooming in and out alternately every 60
 * frames ("zoom"). After each `burst` frames the input pauses for
 * `idle` frames (the map commits its view then), so commits are part of what is measured.
 */
export function measureGesture(
  element: HTMLElement,
  kind: GestureKind,
  count: number,
  burst = 60,
  idle = 15,
  step = 6,
): Promise<GestureMeasurement> {
  const longTasks: number[] = [];
  let observer: PerformanceObserver | null = null;
  try {
    observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    observer.observe({ type: "longtask", buffered: false });
  } catch {
    observer = null;
  }
  const box = element.getBoundingClientRect();
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const mouse = (type: string, x: number, y: number, target: EventTarget): void => {
    target.dispatchEvent(
      new MouseEvent(type, {
        bubbles: true,
        cancelable: true,
        view: window,
        clientX: x,
        clientY: y,
        button: 0,
        buttons: type === "mouseup" ? 0 : 1,
      }),
    );
  };
  const frames: number[] = [];
  let dragging = false;
  let x = cx;
  let y = cy;
  return new Promise((resolve) => {
    let last = -1;
    let n = 0;
    const tick = (now: number) => {
      if (last >= 0) frames.push(now - last);
      last = now;
      if (n === count) {
        if (dragging) mouse("mouseup", x, y, window);
        setTimeout(() => {
          observer?.disconnect();
          resolve({ frames, longTasks });
        }, 300);
        return;
      }
      const phase = n % (burst + idle);
      if (phase < burst) {
        if (kind === "pan") {
          if (!dragging) {
            mouse("mousedown", x, y, element);
            dragging = true;
          }
          const angle = (n / 90) * Math.PI;
          x += Math.cos(angle) * step;
          y += Math.sin(angle) * step;
          mouse("mousemove", x, y, window);
        } else {
          const zoomIn = Math.floor(n / 60) % 2 === 0;
          element.dispatchEvent(
            new WheelEvent("wheel", {
              bubbles: true,
              cancelable: true,
              clientX: cx + Math.cos(n / 20) * 100,
              clientY: cy + Math.sin(n / 20) * 60,
              deltaY: zoomIn ? -10 : 10,
            }),
          );
        }
      } else if (dragging) {
        mouse("mouseup", x, y, window);
        dragging = false;
      }
      n++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
