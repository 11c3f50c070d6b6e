import { createRoot, type Root } from "react-dom/client";
import { assembleTraces } from "../../../src/assemble/index";
import type { Trace } from "../../../src/model/index";
import { TraceTimeline } from "../../../src/react/TraceTimeline/index";
import { generateLargeTrace } from "../../../src/sample/index";
import { measureScroll } from "./measureScroll";
import { PlainList } from "./PlainList";

const HEIGHT = 600;
const ROW = 24;
let trace: Trace | null = null;
let root: Root | null = null;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves when `selector` matches and one more frame has been painted; returns the time. */
async function painted(selector: string): Promise<number> {
  for (;;) {
    await frame();
    if (document.querySelector(selector) !== null) {
      await frame();
      return performance.now();
    }
  }
}

function scroller(): HTMLElement {
  const el = document.querySelector<HTMLElement>(".tl-timeline-scroll, .plain-list");
  if (el === null) throw new Error("nothing mounted");
  return el;
}

export const api = {
  /** Generates and assembles a trace of about `entities` entities (the "data"). */
  prepare(entities: number) {
    const t0 = performance.now();
    const documents = generateLargeTrace({ entities, seed: 1, shape: "mixed" });
    const t1 = performance.now();
    trace = assembleTraces(documents).traces[0];
    const t2 = performance.now();
    return { generateMs: t1 - t0, assembleMs: t2 - t1, nodes: trace.nodes.size };
  },

  /** Mounts the timeline on the prepared trace; ms from "data ready" to first rows painted. */
  async mountTimeline() {
    if (trace === null) throw new Error("prepare first");
    root?.unmount();
    const t0 = performance.now();
    root = createRoot(document.getElementById("root")!);
    root.render(<TraceTimeline trace={trace} height={HEIGHT} rowHeight={ROW} />);
    const t1 = await painted('[role="row"][data-row-id]');
    const el = scroller();
    return {
      firstRowsMs: t1 - t0,
      rowCount:
        Number(document.querySelector('[role="treegrid"]')!.getAttribute("aria-rowcount")) - 1,
      scrollHeight: el.scrollHeight,
      domRows: document.querySelectorAll('[role="row"][data-row-id]').length,
    };
  },

  /** Mounts the plain 100-row baseline list. */
  async mountList() {
    root?.unmount();
    const t0 = performance.now();
    root = createRoot(document.getElementById("root")!);
    root.render(<PlainList height={HEIGHT} rowHeight={ROW} />);
    const t1 = await painted(".plain-list");
    return { firstRowsMs: t1 - t0 };
  },

  /**
   * Scrolls the mounted view: `frames` frames covering the whole content once (or `step` px per
   * frame when given), and reports frame times, long tasks and the most DOM rows seen.
   */
  async scroll(frames: number, step?: number) {
    const el = scroller();
    const total = el.scrollHeight - el.clientHeight;
    const px = step ?? Math.max(1, total / frames);
    const m = await measureScroll(
      el,
      frames,
      px,
      () => el.querySelectorAll("[role=row], .plain-list > div").length,
    );
    return { ...m, step: px };
  },

  unmount() {
    root?.unmount();
    root = null;
  },

  release() {
    trace = null;
  },
};
