import { cleanup, render } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { assembleTraces } from "../../../src/assemble/index";
import type { Trace } from "../../../src/model/index";
import { TraceTimeline } from "../../../src/react/TraceTimeline/index";
import { generateLargeTrace } from "../../../src/sample/index";
import { computeTimelineRows, type TimelineRows } from "../../../src/timeline/index";

afterEach(cleanup);

const HEIGHT = 480;
const ROW = 24;
const BOUND = HEIGHT / ROW + 2 * 4 + 2; // viewport rows + overscan both sides + partial rows

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
async function settle() {
  await nextFrame();
  await nextFrame();
}

describe("TraceTimeline in Chromium with a 100,000-entity trace", () => {
  let trace: Trace;
  let rows: TimelineRows;
  beforeAll(() => {
    trace = assembleTraces(generateLargeTrace({ entities: 100_000, seed: 3, shape: "mixed" }))
      .traces[0];
    rows = computeTimelineRows(trace);
  });

  it("keeps the DOM rows bounded while scrolling and shows the rows at each offset", async () => {
    const { container } = render(<TraceTimeline trace={trace} height={HEIGHT} rowHeight={ROW} />);
    await page.viewport(1200, 900);
    const scroller = container.querySelector<HTMLElement>(".tl-timeline-scroll")!;
    const grid = container.querySelector<HTMLElement>('[role="treegrid"]')!;
    expect(Number(grid.getAttribute("aria-rowcount"))).toBe(rows.count + 1);
    expect(scroller.scrollHeight).toBe(rows.count * ROW);

    for (const fraction of [0, 0.13, 0.5, 0.77, 1]) {
      const target = Math.floor(fraction * (rows.count - HEIGHT / ROW));
      scroller.scrollTop = target * ROW;
      await settle();
      const dom = [...container.querySelectorAll<HTMLElement>('[role="row"][data-row-id]')];
      expect(dom.length).toBeLessThanOrEqual(BOUND);
      // The row at the top of the viewport is the right one (nothing is collapsed: position = row),
      // drawn at the top edge of the scroll area.
      const top = dom.find((r) => r.dataset.rowId === rows.ids[target]);
      expect(top, `row ${target} at ${fraction}`).toBeDefined();
      expect(top!.getAttribute("aria-rowindex")).toBe(String(target + 2));
      const offset = top!.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      expect(Math.abs(offset)).toBeLessThan(1);
      // And the whole viewport is covered by rendered rows.
      const ids = new Set(dom.map((r) => r.dataset.rowId));
      for (let k = target; k < target + HEIGHT / ROW && k < rows.count; k++) {
        expect(ids.has(rows.ids[k])).toBe(true);
      }
    }
  });

  it("moves focus to the last row with End, scrolling it into view, and back with Home", async () => {
    const { container } = render(<TraceTimeline trace={trace} height={HEIGHT} rowHeight={ROW} />);
    const first = container.querySelector<HTMLElement>('[role="row"][data-row-id]')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    await settle();
    await settle();
    expect((document.activeElement as HTMLElement).dataset.rowId).toBe(rows.ids[rows.count - 1]);
    const scroller = container.querySelector<HTMLElement>(".tl-timeline-scroll")!;
    expect(scroller.scrollTop).toBeGreaterThan((rows.count - HEIGHT / ROW - 1) * ROW);
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent("keydown", { key: "Home", bubbles: true }),
    );
    await settle();
    await settle();
    expect((document.activeElement as HTMLElement).dataset.rowId).toBe(rows.ids[0]);
    expect(scroller.scrollTop).toBe(0);
  });

  it("renders rows ahead of a viewport scrolling down and none behind it, four on each side at rest", async () => {
    const { container } = render(<TraceTimeline trace={trace} height={HEIGHT} rowHeight={ROW} />);
    const scroller = container.querySelector<HTMLElement>(".tl-timeline-scroll")!;
    const positions = () =>
      [...container.querySelectorAll<HTMLElement>('[role="row"][data-row-id]')].map(
        (r) => Number(r.getAttribute("aria-rowindex")) - 2,
      );
    await settle();
    let target = 0;
    for (let k = 1; k <= 5; k++) {
      target = 1000 * k;
      scroller.scrollTop = target * ROW;
      await nextFrame();
      const moving = positions();
      // While moving: the first rendered row is the first visible one; 2 rows past the last.
      expect(Math.min(...moving)).toBe(target);
      expect(Math.max(...moving)).toBe(target + HEIGHT / ROW - 1 + 2);
    }
    // At rest (the virtualizer's scrolling flag resets): four rows on each side.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle();
    const rest = positions();
    expect(Math.min(...rest)).toBe(target - 4);
    expect(Math.max(...rest)).toBe(target + HEIGHT / ROW - 1 + 4);
  });

  it("lines up every row's columns with each other and with the header, whatever the depth", async () => {
    const { container } = render(<TraceTimeline trace={trace} height={HEIGHT} rowHeight={ROW} />);
    await page.viewport(1200, 900);
    await settle();
    const dom = [...container.querySelectorAll<HTMLElement>('[role="row"][data-row-id]')];
    const depths = new Set(dom.map((r) => r.getAttribute("aria-level")));
    expect(depths.size).toBeGreaterThanOrEqual(3);
    const lefts = (row: Element) =>
      [...row.querySelectorAll(":scope > [role=gridcell], :scope > [role=columnheader]")].map(
        (c) => c.getBoundingClientRect().left,
      );
    const first = lefts(dom[0]);
    expect(first).toHaveLength(5);
    for (const row of dom) {
      const l = lefts(row);
      for (let c = 0; c < 5; c++) expect(Math.abs(l[c] - first[c])).toBeLessThan(0.5);
    }
    // The header's columns start where the rows' do (up to the width of a scroll bar).
    const scroller = container.querySelector<HTMLElement>(".tl-timeline-scroll")!;
    const bar = scroller.offsetWidth - scroller.clientWidth;
    const head = lefts(container.querySelector(".tl-timeline-header-row")!);
    for (let c = 0; c < 5; c++) expect(Math.abs(head[c] - first[c])).toBeLessThanOrEqual(bar + 0.5);
    // Deeper rows indent their name inside the same Name column.
    const deep = dom.find((r) => Number(r.getAttribute("aria-level")) >= 3)!;
    const label = (r: Element) =>
      r.querySelector(".tl-timeline-label")!.getBoundingClientRect().left;
    expect(label(deep)).toBeGreaterThan(label(dom[0]) + 20);
  });
});
