/**
 * ServiceMap in headless Chromium: pan and zoom frame times of the 1,238-node / 4,271-edge stress
 * map against an empty map of the same SVG size in the same page and run (goal: p95 ≤ 1.5×), at
 * the fitted view and zoomed in (culling), then a 10,000-node map laid out in the Web Worker.
 * Then the pointer over canvas-painted edges: one mouse move per frame across the stress map (at
 * the fitted view and zoomed in ×6), timing each move's handler (the edge hit-test) and the frames.
 * Before those, hover changes over SVG nodes at ×6 (full detail), traced: the main thread's CPU
 * time per change by kind of work. SERVICE_MAP_HOVER_ONLY=1 runs only that part;
 * SERVICE_MAP_TRACE=<file> keeps its Chromium trace (for chrome://tracing or Perfetto).
 */
import { writeFileSync } from "node:fs";
import { callBench, frameRows, frameStats, ms, quantile } from "./stats.mjs";

const FRAMES = 600;

function rows(label, m, baseline) {
  const s = frameStats(m.frames);
  const out = [...frameRows(label, m, s)];
  if (baseline !== undefined)
    out.push([
      `${label}: p95 vs empty map p95`,
      `${(s.p95 / baseline.p95).toFixed(2)}× (goal ≤ 1.5×)`,
    ]);
  return { rows: out, stats: s };
}

/**
 * Moves the pointer (no button) over the map, one `mousemove` per frame on a zigzag across the
 * viewport, resting 8 frames after every 10 moves (a canvas edge lights up after 80 ms on it):
 * the handler time of each move (hit-testing canvas nodes and edges; the map builds its edge
 * index when idle, else on the first move), all frame intervals, and how many rests lit an edge.
 */
const hover = (page, count) =>
  page.evaluate(async (count) => {
    const { document, MouseEvent, requestAnimationFrame } = globalThis;
    const el = document.querySelector(".tl-map-viewport");
    const box = el.getBoundingClientRect();
    const tip = () => document.querySelector('[role="tooltip"]')?.textContent ?? "";
    const handler = [];
    const frames = [];
    let rests = 0;
    let onEdge = 0;
    let last = -1;
    const frame = async () => {
      const now = await new Promise((resolve) => requestAnimationFrame(resolve));
      if (last >= 0) frames.push(now - last);
      last = now;
    };
    for (let i = 0; i < count; i++) {
      await frame();
      if (i % 10 === 9) {
        for (let j = 0; j < 8; j++) await frame();
        rests++;
        if (tip().includes("→")) onEdge++;
      }
      const span = box.width - 40;
      const x = box.left + 20 + ((i * 7) % span);
      const y = box.top + 20 + ((Math.floor((i * 7) / span) * 37) % (box.height - 40));
      const t0 = performance.now();
      el.dispatchEvent(
        new MouseEvent("mousemove", { bubbles: true, clientX: x, clientY: y, buttons: 0 }),
      );
      handler.push(performance.now() - t0);
    }
    el.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, relatedTarget: null }));
    return { handler, frames, rests, onEdge };
  }, count);

/**
 * Hover changes over SVG elements at full detail: the pointer goes onto a drawn node (centre of
 * its disc), rests 4 frames, leaves the map (mouseout), rests 4 frames; `count` times over
 * successive nodes in view. Every move and every leave is one hover change (the hovering class
 * goes on or off and the lit set changes). Returns the interval of the frame after each change.
 */
const hoverSvg = (page, count) =>
  page.evaluate(async (count) => {
    const { document, MouseEvent, requestAnimationFrame } = globalThis;
    const el = document.querySelector(".tl-map-viewport");
    const box = el.getBoundingClientRect();
    const discs = [...document.querySelectorAll("[data-node-key] > .tl-map-disc")]
      .map((d) => d.getBoundingClientRect())
      .filter((r) => r.left > box.left + 5 && r.right < box.right - 5)
      .filter((r) => r.top > box.top + 5 && r.bottom < box.bottom - 5);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const changes = [];
    let lit = 0;
    for (let i = 0; i < count && discs.length > 0; i++) {
      const r = discs[i % discs.length];
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const target = document.elementFromPoint(x, y) ?? el;
      for (const leave of [false, true]) {
        const before = await frame();
        if (leave)
          el.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, relatedTarget: null }));
        else
          target.dispatchEvent(
            new MouseEvent("mousemove", { bubbles: true, clientX: x, clientY: y, buttons: 0 }),
          );
        // The longest of the 4 frames after the change (React may render it a frame later).
        let last = before;
        let longest = 0;
        for (let j = 0; j < 4; j++) {
          const now = await frame();
          longest = Math.max(longest, now - last);
          last = now;
        }
        changes.push(longest);
        if (!leave && el.classList.contains("tl-map-hovering")) lit++;
      }
    }
    return { changes, hovered: lit, nodesInView: discs.length };
  }, count);

const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"];

const KINDS = {
  UpdateLayoutTree: "style",
  Layout: "layout",
  PrePaint: "prepaint",
  Paint: "paint",
  Layerize: "layerize",
  Commit: "commit",
  FunctionCall: "script",
  EventDispatch: "script",
  TimerFire: "script",
  FireAnimationFrame: "script",
};

/** Main-thread CPU time (thread time) by kind of work and the style recalculations, from a trace. */
function mainThreadWork(buffer) {
  const { traceEvents } = JSON.parse(buffer.toString("utf8"));
  const main = traceEvents.find(
    (e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain",
  );
  const on = (e) => main !== undefined && e.pid === main.pid && e.tid === main.tid && e.ph === "X";
  const cpu = (e) => (e.tdur ?? e.dur ?? 0) / 1000;
  // Outermost events of each kind only (Paint events nest: the document's holds each layer's).
  const totals = new Map();
  const until = new Map();
  const events = traceEvents.filter((e) => on(e) && Object.hasOwn(KINDS, e.name));
  for (const e of events.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const kind = KINDS[e.name];
    if ((until.get(kind) ?? -1) > e.ts) continue;
    until.set(kind, e.ts + e.dur);
    totals.set(kind, (totals.get(kind) ?? 0) + cpu(e));
  }
  const styleMs = traceEvents
    .filter((e) => on(e) && e.name === "UpdateLayoutTree")
    .map(cpu)
    .filter((v) => v > 0.05);
  const tasksOver16 = traceEvents.filter((e) => on(e) && e.name === "RunTask" && e.dur > 16_000);
  return { styleMs, totals: Object.fromEntries(totals), tasksOver16: tasksOver16.length };
}

function hoverRows(label, m) {
  const rest = m.handler.slice(1);
  const f = frameStats(m.frames);
  return [
    [`${label}: first move (edge index built unless idle time came first)`, ms(m.handler[0])],
    [
      `${label}: move handler p50 / p95 / max`,
      `${ms(quantile(rest, 0.5))} / ${ms(quantile(rest, 0.95))} / ${ms(Math.max(...rest))}`,
    ],
    [`${label}: frame p50 / p95 / max`, `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.max)}`],
    [`${label}: frames > 20 ms / > 50 ms`, `${f.over20} / ${f.over50} of ${f.count}`],
    [`${label}: rests with an edge lit`, `${m.onEdge} of ${m.rests}`],
  ];
}

/** Hover changes over SVG nodes at full detail (×6) on a fresh mount, traced: style work per change. */
async function svgHoverPart(context, page) {
  await callBench(page, "mount", false);
  await callBench(page, "zoom", 6);
  await context.browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const svgHover = await hoverSvg(page, 40);
  const buf = await context.browser.stopTracing();
  if (process.env.SERVICE_MAP_TRACE !== undefined)
    writeFileSync(process.env.SERVICE_MAP_TRACE, buf);
  const traced = mainThreadWork(buf);
  const sorted = [...traced.styleMs].sort((a, b) => a - b);
  const f = frameStats(svgHover.changes);
  const perChange = (v) => ms(v / svgHover.changes.length);
  context.report("service map: hover changes over SVG nodes, zoomed in ×6", [
    ["nodes in view / moves that hovered", `${svgHover.nodesInView} / ${svgHover.hovered} of 40`],
    [
      "longest frame of the 4 after a change p50 / p95 / max",
      `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.max)}`,
    ],
    [
      `style recalculations (${sorted.length}, CPU) p50 / p95 / max`,
      `${ms(quantile(sorted, 0.5))} / ${ms(quantile(sorted, 0.95))} / ${ms(sorted.at(-1) ?? 0)}`,
    ],
    ...Object.entries(traced.totals)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, v]) => [`${kind} CPU per hover change`, perChange(v)]),
    ["main-thread tasks over 16 ms", String(traced.tasksOver16)],
  ]);
  return { ...svgHover, ...traced };
}

/** @param {{ browser: import("playwright-core").Browser, baseUrl: string, report: Function, record: Function }} context */
export async function run(context) {
  const page = await context.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${context.baseUrl}/index.html?case=serviceMap`);
  await page.waitForFunction(() => globalThis.__bench !== undefined);

  if (process.env.SERVICE_MAP_HOVER_ONLY !== undefined) {
    // Only the SVG hover part (SERVICE_MAP_HOVER_ONLY=1): quick before/after comparisons.
    await callBench(page, "prepare", 1238, 4271);
    await svgHoverPart(context, page);
    await page.close();
    return;
  }
  await callBench(page, "mount", true);
  const emptyPan = await callBench(page, "gesture", "pan", FRAMES);
  const emptyZoom = await callBench(page, "gesture", "zoom", FRAMES);
  const ePan = rows("empty map, pan", emptyPan);
  const eZoom = rows("empty map, zoom", emptyZoom);
  context.report("service map: empty map, 1200 × 700 (baseline)", [...ePan.rows, ...eZoom.rows]);

  const data = await callBench(page, "prepare", 1238, 4271);
  const mount = await callBench(page, "mount", false);
  const pan = await callBench(page, "gesture", "pan", FRAMES);
  const zoom = await callBench(page, "gesture", "zoom", FRAMES);
  const inDetail = await callBench(page, "zoom", 6);
  const panIn = await callBench(page, "gesture", "pan", FRAMES);
  const fPan = rows("fitted, pan", pan, ePan.stats);
  const fZoom = rows("fitted, zoom", zoom, eZoom.stats);
  const zPan = rows("zoomed in ×6, pan", panIn, ePan.stats);
  context.report(`service map: ${data.nodes} nodes, ${data.edges} edges`, [
    ["build graph / layout on the main thread", `${ms(data.buildMs)} / ${ms(data.layoutMs)}`],
    ["first paint with the layout given", ms(mount.firstPaintMs)],
    [
      "fitted view: detail, nodes / edges / SVG elements drawn",
      `${mount.detail}, ${mount.nodes} / ${mount.edges} / ${mount.svgElements}`,
    ],
    ...fPan.rows,
    ...fZoom.rows,
    [
      "zoomed in ×6: detail, nodes / edges / SVG elements drawn",
      `${inDetail.detail}, ${inDetail.nodes} / ${inDetail.edges} / ${inDetail.svgElements}`,
    ],
    ...zPan.rows,
  ]);
  const svgHover = await svgHoverPart(context, page);
  // Pointer over canvas edges (after the measurements above, on a fresh mount).
  await callBench(page, "mount", false);
  const hoverFitted = await hover(page, 300);
  const hoverIn = await callBench(page, "zoom", 6);
  const hoverZoomed = await hover(page, 300);
  context.report(`service map: pointer over canvas-painted edges (${data.edges} edges)`, [
    ...hoverRows("fitted", hoverFitted),
    [
      "zoomed in ×6: detail, nodes / edges / SVG elements drawn",
      `${hoverIn.detail}, ${hoverIn.nodes} / ${hoverIn.edges} / ${hoverIn.svgElements}`,
    ],
    ...hoverRows("zoomed in ×6", hoverZoomed),
  ]);
  await callBench(page, "unmount");
  await page.close();

  const big = await context.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await big.goto(`${context.baseUrl}/index.html?case=serviceMap`);
  await big.waitForFunction(() => globalThis.__bench !== undefined);
  const bigData = await callBench(big, "prepare", 10_000, 35_000);
  const bigWorker = await callBench(big, "mountWithWorker");
  const bigPan = await callBench(big, "gesture", "pan", 300);
  const bPan = rows("fitted, pan", bigPan, ePan.stats);
  context.report(`service map: ${bigData.nodes} nodes, ${bigData.edges} edges`, [
    ["layout on the main thread (for comparison)", ms(bigData.layoutMs)],
    [
      "mount → laid out in the worker and drawn",
      `${ms(bigWorker.layoutAndPaintMs)} (progress shown: ${bigWorker.sawProgress ? "yes" : "no"})`,
    ],
    [
      "fitted view: detail, nodes / edges / SVG elements drawn",
      `${bigWorker.detail}, ${bigWorker.nodes} / ${bigWorker.edges} / ${bigWorker.svgElements}`,
    ],
    ...bPan.rows,
  ]);
  await big.close();

  context.record("serviceMap", {
    empty: { pan: ePan.stats, zoom: eZoom.stats },
    stress: {
      data,
      mount,
      pan: fPan.stats,
      zoom: fZoom.stats,
      zoomedIn: inDetail,
      panZoomedIn: zPan.stats,
      hover: { fitted: hoverFitted, zoomedIn: hoverZoomed, svg: svgHover },
    },
    big: { data: bigData, worker: bigWorker, pan: bPan.stats },
  });
}
