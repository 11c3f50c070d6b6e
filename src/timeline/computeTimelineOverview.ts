import { ROW_KIND, ROW_STATUS, type TimelineRows } from "./TimelineRows";
import type { TimelineWindow } from "./TimelineWindow";

export interface TimelineOverviewOptions {
  /** Raster size in pixels (device pixels for a sharp canvas). */
  readonly width: number;
  readonly height: number;
  /** Time range drawn; default the whole trace. */
  readonly window?: TimelineWindow;
  /** Thickest line a row gets when rows are fewer than pixels; default 4. */
  readonly maxRowHeight?: number;
}

/** A per-pixel raster of the whole trace for the overview (minimap). */
export interface TimelineOverview {
  readonly width: number;
  readonly height: number;
  /** Row-major; 0 = empty, else 1 + the `ROW_STATUS` code of the worst row covering the pixel. */
  readonly pixels: Uint8Array;
  /** Pixel lines actually used (rows may not fill the height). */
  readonly usedHeight: number;
}

const GROUP = ROW_KIND.indexOf("group");
const STATUSES = ROW_STATUS.length;

/**
 * Rasterizes every row (group rows excluded) into a `width × height` grid, rows top to bottom in
 * display order, each pixel keeping the worst status covering it. Rows sharing a pixel line are
 * aggregated with per-status difference arrays, so the cost is O(rows + width × height), never a
 * drawing call per row: 1,000,000 rows draw as fast as the pixels allow.
 * @example
 * const o = computeTimelineOverview(rows, { width: 800, height: 60 });
 * o.pixels[y * o.width + x]; // 0 or 1 + status code
 */
export function computeTimelineOverview(
  rows: TimelineRows,
  options: TimelineOverviewOptions,
): TimelineOverview {
  const width = Math.max(1, Math.floor(options.width));
  const height = Math.max(1, Math.floor(options.height));
  const maxRowHeight = options.maxRowHeight ?? 4;
  const t0 = options.window?.start ?? rows.startTime;
  const t1 = options.window?.end ?? rows.endTime;
  const k = width / Math.max(t1 - t0, 1e-9);
  const pixels = new Uint8Array(width * height);
  const { count, kind, start, end, status } = rows;

  let m = 0;
  for (let i = 0; i < count; i++) if (kind[i] !== GROUP) m++;
  const lineHeight = m === 0 ? 0 : Math.min(maxRowHeight, height / m);

  const stride = width + 1;
  const diff = new Int32Array(STATUSES * stride);
  const running = new Int32Array(STATUSES);
  let lineY0 = -1;
  let lineY1 = -1;
  let dirty = false;

  const flush = () => {
    if (!dirty) return;
    running.fill(0);
    for (let x = 0; x < width; x++) {
      let worst = 0;
      for (let s = 0; s < STATUSES; s++) {
        running[s] += diff[s * stride + x];
        if (running[s] > 0) worst = s + 1;
      }
      if (worst !== 0) for (let y = lineY0; y < lineY1; y++) pixels[y * width + x] = worst;
    }
    diff.fill(0);
    dirty = false;
  };

  let k2 = 0;
  for (let i = 0; i < count; i++) {
    if (kind[i] === GROUP) continue;
    const y0 = Math.min(height - 1, Math.floor(k2 * lineHeight));
    const y1 = Math.min(height, Math.max(y0 + 1, Math.floor((k2 + 1) * lineHeight)));
    k2++;
    if (y0 !== lineY0) {
      flush();
      lineY0 = y0;
      lineY1 = y1;
    }
    const s = start[i];
    const e = end[i];
    if (e < t0 || s > t1) continue;
    const x0 = Math.max(0, Math.min(width - 1, Math.floor((s - t0) * k)));
    const x1 = Math.max(x0 + 1, Math.min(width, Math.ceil((e - t0) * k)));
    const base = status[i] * stride;
    diff[base + x0]++;
    diff[base + x1]--;
    dirty = true;
  }
  flush();
  const usedHeight = m === 0 ? 0 : Math.min(height, Math.ceil(m * lineHeight));
  return Object.freeze({ width, height, pixels, usedHeight });
}
