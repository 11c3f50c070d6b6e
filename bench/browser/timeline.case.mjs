/**
 * TraceTimeline in headless Chromium: first rows after the data is ready, frame times while
 * scrolling through the whole trace against a plain 100-row list in the same run, long tasks, and
 * a 1,000,000-entity trace.
 */
import { callBench, frameRows, frameStats, ms } from "./stats.mjs";

const FRAMES = 600;
const STEADY_STEP = 600; // px per frame: one viewport (25 rows) of new rows every frame

async function openPage(context) {
  const page = await context.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${context.baseUrl}/index.html?case=timeline`);
  await page.waitForFunction(() => globalThis.__bench !== undefined);
  return page;
}

function scrollRows(label, m, baseline) {
  const s = frameStats(m.frames);
  const rows = [...frameRows(label, m, s), [`${label}: most DOM rows`, String(m.maxSample)]];
  if (baseline !== undefined) {
    rows.push([`${label}: p95 vs list p95`, `${(s.p95 / baseline.p95).toFixed(2)}× (goal ≤ 1.5×)`]);
  }
  return { rows, stats: s };
}

/** @param {{ browser: import("playwright-core").Browser, baseUrl: string, report: Function, record: Function }} context */
export async function run(context) {
  // 1. Baseline and 100,000 entities in one page, one run.
  const page = await openPage(context);
  await callBench(page, "mountList");
  const list = await callBench(page, "scroll", FRAMES, 4);
  const listStats = frameStats(list.frames);
  // The same list with new content in every frame (one viewport per frame, wrapping): the paint
  // work a virtualized view cannot avoid when its rows change, without any DOM changes.
  const listFast = await callBench(page, "scroll", FRAMES, STEADY_STEP);
  const listFastStats = frameStats(listFast.frames);
  context.report("timeline: plain 100-row list (baseline)", [
    ...scrollRows("list, 4 px/frame", list).rows,
    ...scrollRows("list, one viewport per frame", listFast).rows,
  ]);

  const data = await callBench(page, "prepare", 100_000);
  const mount = await callBench(page, "mountTimeline");
  const whole = await callBench(page, "scroll", FRAMES);
  const steady = await callBench(page, "scroll", FRAMES, STEADY_STEP);
  const wholeRows = scrollRows("whole trace in 600 frames", whole, listStats);
  const steadyRows = scrollRows("one viewport per frame", steady, listStats);
  steadyRows.rows.push([
    "one viewport per frame: p95 vs list p95 at the same step",
    `${(steadyRows.stats.p95 / listFastStats.p95).toFixed(2)}×`,
  ]);
  context.report(`timeline: 100,000 entities (${mount.rowCount.toLocaleString("en")} rows)`, [
    ["generate / assemble (not ours)", `${ms(data.generateMs)} / ${ms(data.assembleMs)}`],
    ["data ready → first rows painted", `${ms(mount.firstRowsMs)} (goal ≤ 500 ms)`],
    ["DOM rows after mount", String(mount.domRows)],
    [
      `scrolled`,
      `${(whole.scrolledPx / 1e6).toFixed(2)} Mpx at ${Math.round(whole.step)} px/frame`,
    ],
    ...wholeRows.rows,
    ...steadyRows.rows,
  ]);
  await callBench(page, "unmount");
  await page.close();

  // 2. 1,000,000 entities in a fresh page.
  const big = await openPage(context);
  const bigData = await callBench(big, "prepare", 1_000_000);
  const bigMount = await callBench(big, "mountTimeline");
  const bigWhole = await callBench(big, "scroll", FRAMES);
  const bigRows = scrollRows("whole trace in 600 frames", bigWhole, listStats);
  context.report(`timeline: 1,000,000 entities (${bigMount.rowCount.toLocaleString("en")} rows)`, [
    ["generate / assemble (not ours)", `${ms(bigData.generateMs)} / ${ms(bigData.assembleMs)}`],
    ["data ready → first rows painted", `${ms(bigMount.firstRowsMs)} (goal ≤ 5 s)`],
    ["scroll height", `${(bigMount.scrollHeight / 1e6).toFixed(2)} Mpx`],
    ...bigRows.rows,
  ]);
  await big.close();

  context.record("timeline", {
    list: listStats,
    listOneViewportPerFrame: listFastStats,
    t100k: {
      data,
      mount,
      whole: wholeRows.stats,
      steady: steadyRows.stats,
      longTasks: [whole.longTasks, steady.longTasks],
    },
    t1m: { data: bigData, mount: bigMount, whole: bigRows.stats, longTasks: bigWhole.longTasks },
  });
}
