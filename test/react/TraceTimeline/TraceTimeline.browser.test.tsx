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
});
