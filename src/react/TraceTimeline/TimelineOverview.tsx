import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent, PointerEvent } from "react";
import { computeTimelineOverview } from "../../timeline/computeTimelineOverview";
import { ROW_STATUS, type TimelineRows } from "../../timeline/TimelineRows";
import {
  clampTimelineWindow,
  panTimelineWindow,
  zoomTimelineWindow,
  type TimelineWindow,
} from "../../timeline/TimelineWindow";
import { readThemeVar } from "../theme/themeVar";
import { statusToken } from "../theme/statusColor";
import { useElementWidth } from "../theme/useElementWidth";

export interface TimelineOverviewProps {
  readonly rows: TimelineRows;
  /** The window the bars show. */
  readonly timeWindow: TimelineWindow;
  /** Called with the chosen window, or null to reset to the whole trace. */
  readonly onWindowChange: (window: TimelineWindow | null) => void;
  /** CSS px; default 48. */
  readonly height?: number;
}

function draw(canvas: HTMLCanvasElement, pixels: Uint8Array, width: number, lines: number) {
  const ctx = canvas.getContext?.("2d");
  if (!ctx) return;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const colors = ROW_STATUS.map((s) => readThemeVar(canvas, statusToken(s)));
  for (let y = 0; y < lines; y++) {
    const base = y * width;
    let x = 0;
    while (x < width) {
      const v = pixels[base + x];
      let x2 = x + 1;
      while (x2 < width && pixels[base + x2] === v) x2++;
      if (v !== 0) {
        ctx.fillStyle = colors[v - 1];
        ctx.fillRect(x, y, x2 - x, 1);
      }
      x = x2;
    }
  }
}

/**
 * The whole trace drawn on a canvas (per-pixel aggregation, so 1,000,000 rows cost what the
 * pixels cost), with the current window outlined. Drag to choose a window; click to centre the
 * window there; keys: ←/→ pan, +/− zoom, 0 or Escape reset.
 */
export function TimelineOverview({
  rows,
  timeWindow: window,
  onWindowChange,
  height = 48,
}: TimelineOverviewProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(wrapRef);
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);
  const dpr = typeof devicePixelRatio === "number" && devicePixelRatio > 0 ? devicePixelRatio : 1;
  const bounds = useMemo(() => ({ start: rows.startTime, end: rows.endTime }), [rows]);
  const raster = useMemo(
    () =>
      width > 0
        ? computeTimelineOverview(rows, {
            width: Math.round(width * dpr),
            height: Math.round(height * dpr),
            maxRowHeight: 4 * dpr,
          })
        : null,
    [rows, width, height, dpr],
  );

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null || raster === null) return;
    canvas.width = raster.width;
    canvas.height = raster.height;
    draw(canvas, raster.pixels, raster.width, raster.usedHeight);
  }, [raster]);
  useEffect(() => setDrag(null), [rows]);

  const span = bounds.end - bounds.start || 1e-9;
  const rect = () => wrapRef.current?.getBoundingClientRect() ?? { left: 0, width: 0 };
  const toTime = (px: number) => {
    const w = rect().width || 1;
    return bounds.start + (Math.min(Math.max(px, 0), w) / w) * span;
  };
  const pct = (t: number) => ((t - bounds.start) / span) * 100;
  const localX = (event: PointerEvent) => event.clientX - rect().left;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || rect().width === 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const x = localX(event);
    setDrag({ x0: x, x1: x });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag !== null) setDrag({ x0: drag.x0, x1: localX(event) });
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (drag === null) return;
    const x1 = localX(event);
    setDrag(null);
    if (Math.abs(x1 - drag.x0) >= 4) {
      const a = toTime(Math.min(drag.x0, x1));
      const b = toTime(Math.max(drag.x0, x1));
      onWindowChange(clampTimelineWindow({ start: a, end: b }, bounds));
    } else {
      const half = (window.end - window.start) / 2;
      const t = toTime(x1);
      onWindowChange(clampTimelineWindow({ start: t - half, end: t + half }, bounds));
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const w = window.end - window.start;
    const centre = (window.start + window.end) / 2;
    let next: TimelineWindow | null | undefined;
    if (event.key === "ArrowLeft") next = panTimelineWindow(window, -w / 10, bounds);
    else if (event.key === "ArrowRight") next = panTimelineWindow(window, w / 10, bounds);
    else if (event.key === "+" || event.key === "=")
      next = zoomTimelineWindow(window, 0.5, centre, bounds);
    else if (event.key === "-") next = zoomTimelineWindow(window, 2, centre, bounds);
    else if (event.key === "0" || event.key === "Escape") next = null;
    if (next === undefined) return;
    event.preventDefault();
    onWindowChange(next);
  };

  const left = pct(window.start);
  const right = pct(window.end);
  return (
    <div
      ref={wrapRef}
      className="tl-timeline-overview"
      style={{ height }}
      role="group"
      tabIndex={0}
      aria-label="Trace overview: drag to choose a time window; arrow keys pan, + and − zoom, 0 resets"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      onKeyDown={onKeyDown}
    >
      <canvas ref={canvasRef} className="tl-timeline-overview-canvas" style={{ height }} />
      <div className="tl-timeline-overview-shade" style={{ left: 0, width: `${left}%` }} />
      <div className="tl-timeline-overview-shade" style={{ left: `${right}%`, right: 0 }} />
      <div
        className="tl-timeline-overview-window"
        style={{ left: `${left}%`, width: `${Math.max(0, right - left)}%` }}
      />
      {drag !== null ? (
        <div
          className="tl-timeline-overview-drag"
          style={{ left: Math.min(drag.x0, drag.x1), width: Math.abs(drag.x1 - drag.x0) }}
        />
      ) : null}
    </div>
  );
}
