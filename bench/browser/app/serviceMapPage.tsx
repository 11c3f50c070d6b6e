import { createRoot, type Root } from "react-dom/client";
import { composeServiceGraph } from "../../../src/graph/composeServiceGraph";
import { layoutServiceGraph, type ServiceGraphLayout } from "../../../src/graph/index";
import type { ServiceGraph } from "../../../src/model/ServiceGraph";
import { ServiceMap } from "../../../src/react/ServiceMap/index";
import { createStressServiceGraph } from "../../../test/react/ServiceMap/support/createStressServiceGraph";
import { measureGesture, type GestureKind } from "./measureGesture";

const WIDTH = 1200;
const HEIGHT = 700;
let graph: ServiceGraph | null = null;
let layout: ServiceGraphLayout | null = null;
let root: Root | null = null;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function until(test: () => boolean): Promise<number> {
  for (;;) {
    await frame();
    if (test()) {
      await frame();
      return performance.now();
    }
  }
}

/** Lets the first drawing finish (rasterization runs after the first frame) before measuring. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await frame();
}

function viewport(): HTMLElement {
  const el = document.querySelector<HTMLElement>(".tl-map-viewport");
  if (el === null) throw new Error("no map mounted");
  return el;
}

function counts() {
  return {
    nodes: document.querySelectorAll("[data-node-key]").length,
    edges: document.querySelectorAll("[data-edge-key]").length,
    svgElements: document.querySelectorAll(".tl-map-layer *").length,
    detail: document.querySelector(".tl-map-svg")?.getAttribute("data-detail") ?? "",
    canvasPainted: (document.querySelector<HTMLCanvasElement>(".tl-map-canvas")?.width ?? 0) > 0,
  };
}

function mount(element: React.ReactElement): void {
  root?.unmount();
  root = createRoot(document.getElementById("root")!);
  root.render(element);
}

export const api = {
  /** Builds the stress graph and lays it out on the main thread (timed). */
  prepare(nodes: number, edges: number) {
    const t0 = performance.now();
    graph = createStressServiceGraph({ nodes, edges, digests: nodes <= 2000 });
    const t1 = performance.now();
    layout = layoutServiceGraph(graph);
    const t2 = performance.now();
    return {
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      buildMs: t1 - t0,
      layoutMs: t2 - t1,
    };
  },

  /** Mounts the map of the prepared graph and layout, or an empty map of the same size. */
  async mount(empty: boolean) {
    const t0 = performance.now();
    const g = empty || graph === null ? composeServiceGraph([], []) : graph;
    mount(
      <ServiceMap
        graph={g}
        layout={empty || layout === null ? undefined : layout}
        width={WIDTH}
        height={HEIGHT}
      />,
    );
    const t1 = await until(() => document.querySelector(".tl-map-layer") !== null);
    await settle();
    return { firstPaintMs: t1 - t0, ...counts() };
  },

  /** Mounts the map without a layout: the default Web Worker lays it out; time to drawn nodes. */
  async mountWithWorker() {
    if (graph === null) throw new Error("prepare first");
    const t0 = performance.now();
    let sawProgress = false;
    mount(<ServiceMap graph={graph} width={WIDTH} height={HEIGHT} />);
    const t1 = await until(() => {
      if (document.querySelector(".tl-map-progress") !== null) sawProgress = true;
      return document.querySelector('.tl-map[data-layout="done"] .tl-map-layer') !== null;
    });
    await settle();
    return { layoutAndPaintMs: t1 - t0, sawProgress, ...counts() };
  },

  /** Zooms by `factor` around the centre with one wheel event and waits for the redraw. */
  async zoom(factor: number) {
    const el = viewport();
    const box = el.getBoundingClientRect();
    el.dispatchEvent(
      new WheelEvent("wheel", {
        bubbles: true,
        cancelable: true,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
        deltaY: -Math.log2(factor) / 0.002,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    await frame();
    return counts();
  },

  async gesture(kind: GestureKind, frames: number) {
    const m = await measureGesture(viewport(), kind, frames);
    return { ...m, ...counts() };
  },

  unmount() {
    root?.unmount();
    root = null;
  },
};
