/**
 * Where the main thread's time goes while TraceTimeline scrolls (100,000 entities, whole trace in
 * 600 frames): a Chromium trace of the scroll, main-thread CPU time (thread time, so other
 * processes on the machine count less than in wall-clock frame times) summed by kind of work
 * (script, style, layout, paint, GC, ...), per frame, and the tasks over 50 ms with what they
 * did. Run with `npm run bench:browser -- timelineProfile`. Environment: PROFILE_ENTITIES (default
 * 100000), PROFILE_STEP (px per frame; default the whole trace in 600 frames), PROFILE_CPU=1
 * (first a JavaScript CPU profile of one scroll: top functions by self time), PROFILE_FROM_MOUNT=1
 * (trace the mount too), PROFILE_SHOT=<file.png> (a screenshot after mount). The Chromium trace
 * is left in the temporary directory for chrome://tracing or Perfetto.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FRAMES = 600;
const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8",
  "blink.user_timing",
  "toplevel",
].join(",");

/** Kind of work of a trace event name (its self time counts there). */
function kindOf(name) {
  if (name === "UpdateLayoutTree" || name === "RecalculateStyles") return "style";
  if (name === "Layout") return "layout";
  if (name === "PrePaint") return "prepaint";
  if (name === "Paint" || name === "PaintImage") return "paint";
  if (name === "Layerize" || name === "UpdateLayer" || name === "UpdateLayerTree")
    return "layerize";
  if (name === "Commit") return "commit to compositor";
  if (name.startsWith("V8.GC") || name.endsWith("GC") || name.startsWith("BlinkGC")) return "GC";
  if (/^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|v8\.)/.test(name))
    return "script";
  return "other";
}

/** Self time of every event on the main thread, summed by kind; tasks over 50 ms. */
function summarize(events) {
  const main = events.find(
    (e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain",
  );
  const onMain = events
    .filter((e) => main !== undefined && e.pid === main.pid && e.tid === main.tid && e.ph === "X")
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map();
  const add = (kind, us) => totals.set(kind, (totals.get(kind) ?? 0) + us / 1000);
  const tasks = [];
  const stack = [];
  for (const e of onMain) {
    // Thread time (CPU), so other processes on the machine do not count; wall time as fallback.
    const dur = e.tdur ?? e.dur ?? 0;
    while (stack.length > 0 && stack[stack.length - 1].end <= e.ts) stack.pop();
    if (stack.length > 0) add(stack[stack.length - 1].kind, -dur);
    const kind = kindOf(e.name);
    add(kind, dur);
    if (e.name === "RunTask" && (e.dur ?? 0) > 50_000) tasks.push({ ...e, parts: new Map() });
    const task = tasks[tasks.length - 1];
    if (task !== undefined && e !== task && e.ts < task.ts + task.dur && stack.length > 0) {
      task.parts.set(kind, (task.parts.get(kind) ?? 0) + dur / 1000);
      if (stack.length > 1) {
        const parent = stack[stack.length - 1].kind;
        task.parts.set(parent, (task.parts.get(parent) ?? 0) - dur / 1000);
      }
    }
    stack.push({ end: e.ts + (e.dur ?? 0), kind });
  }
  return { totals, tasks };
}

/** The 25 functions with the most self time in a CDP CPU profile. */
function topFunctions(profile) {
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const byName = new Map();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const name = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber}`;
    byName.set(name, (byName.get(name) ?? 0) + (dt.get(node.id) ?? 0));
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => [k.slice(0, 90), `${v.toFixed(0)} ms`]);
}

/** @param {{ browser: import("playwright-core").Browser, baseUrl: string, report: Function }} context */
export async function run(context) {
  // A diagnostic, not a record: it runs only when named (`npm run bench:browser -- timelineProfile`).
  if (!process.argv.slice(2).includes("timelineProfile")) return;
  const page = await context.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${context.baseUrl}/index.html?case=timeline`);
  await page.waitForFunction(() => globalThis.__bench !== undefined);
  const bench = (fn, ...args) =>
    page.evaluate(({ fn, args }) => globalThis.__bench[fn](...args), { fn, args });
  const entities = Number(process.env.PROFILE_ENTITIES ?? 100_000);
  const step =
    process.env.PROFILE_STEP === undefined ? undefined : Number(process.env.PROFILE_STEP);
  await bench("prepare", entities);
  // PROFILE_FROM_MOUNT: the trace also covers the mount (its GC and tasks show in the figures).
  const fromMount = process.env.PROFILE_FROM_MOUNT !== undefined;
  if (fromMount) await context.browser.startTracing(page, { categories: CATEGORIES.split(",") });
  const mount = await bench("mountTimeline");
  if (process.env.PROFILE_SHOT !== undefined) {
    await page.$eval(".tl-timeline-scroll", (el) => {
      el.scrollTop = 24 * 40;
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: process.env.PROFILE_SHOT });
  }
  if (process.env.PROFILE_CPU !== undefined) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
    await bench("scroll", FRAMES, step);
    const { profile } = await cdp.send("Profiler.stop");
    context.report("timeline profile: JavaScript self time by function", topFunctions(profile));
  }
  if (!fromMount) await context.browser.startTracing(page, { categories: CATEGORIES.split(",") });
  const m = await bench("scroll", FRAMES, step);
  const buffer = await context.browser.stopTracing();
  const file = join(tmpdir(), `tracelens-timeline-profile.json`);
  writeFileSync(file, buffer);
  const { traceEvents } = JSON.parse(buffer.toString("utf8"));
  const { totals, tasks } = summarize(traceEvents);
  let traceStart = Infinity;
  for (const e of traceEvents) if (e.ts > 0 && e.ts < traceStart) traceStart = e.ts;
  const rows = [...totals]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => [k, `${v.toFixed(0)} ms (${(v / FRAMES).toFixed(2)} ms/frame)`]);
  context.report(
    `timeline profile: ${entities.toLocaleString("en")} entities, ${m.frames.length} frames`,
    [
      ["first rows", `${mount.firstRowsMs.toFixed(0)} ms`],
      ...rows,
      [
        "tasks > 50 ms",
        tasks
          .map((t) => `${(t.dur / 1000).toFixed(0)} (cpu ${((t.tdur ?? 0) / 1000).toFixed(0)})`)
          .join(", ") || "none",
      ],
      ...tasks
        .filter((t) => (t.tdur ?? 0) > 30_000)
        .map((t) => [
          `task of ${(t.dur / 1000).toFixed(0)} ms at ${((t.ts - traceStart) / 1000).toFixed(0)} ms, cpu`,
          [...t.parts]
            .filter(([, v]) => v > 1)
            .sort((a, b) => b[1] - a[1])
            .map(([k, v]) => `${k} ${v.toFixed(0)}`)
            .join(", "),
        ]),
      ["long tasks seen by the page", m.longTasks.map((d) => d.toFixed(0)).join(", ") || "none"],
      ["frames > 20 ms", String(m.frames.filter((f) => f > 20).length)],
      ["trace", file],
    ],
  );
  await page.close();
}
