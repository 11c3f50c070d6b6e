import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { deriveServiceGraph } from "../../../src/graph/index";
import { layoutServiceGraph } from "../../../src/graph/layoutServiceGraph";
import { computeEdgeCurve } from "../../../src/react/ServiceMap/computeEdgeCurve";
import { computeShownBounds } from "../../../src/react/ServiceMap/computeShownBounds";
import {
  computeFitTransform,
  createServiceMapModel,
  ServiceMap,
} from "../../../src/react/ServiceMap/index";
import type { MapTransform } from "../../../src/react/ServiceMap/index";
import { sampleTraces } from "../../../src/sample/index";
import { createStressServiceGraph } from "./support/createStressServiceGraph";

afterEach(cleanup);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mouse = (type: string, target: EventTarget, x: number, y: number) =>
  target.dispatchEvent(
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      view: window,
      clientX: x,
      clientY: y,
      button: 0,
    }),
  );
const wheel = (target: Element, x: number, y: number, deltaY: number) =>
  target.dispatchEvent(
    new WheelEvent("wheel", { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY }),
  );
/** Within 1.5 px (Chromium snaps composited layers to whole pixels). */
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1.5);
const centreOf = (el: Element) => {
  const b = el.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
};

describe("ServiceMap in Chromium", () => {
  it("pans with a drag and zooms with the wheel around the pointer, then redraws at the new scale", async () => {
    const graph = deriveServiceGraph(sampleTraces({ traces: 60 }));
    const views: MapTransform[] = [];
    const { container } = render(
      <ServiceMap graph={graph} width={900} height={500} onViewChange={(t) => views.push(t)} />,
    );
    await frame();
    const viewport = container.querySelector<HTMLElement>(".tl-map-viewport")!;
    // Centres of node discs (a node's box also holds its name, which keeps its screen size).
    const node = container.querySelector("[data-node-key] .tl-map-disc")!;
    const before = centreOf(node);

    // Drag by (120, 40): the node moves with the pointer, by moving the layer (no redraw).
    const start = centreOf(viewport);
    mouse("mousedown", viewport, start.x, start.y);
    for (let i = 1; i <= 4; i++) {
      mouse("mousemove", window, start.x + 30 * i, start.y + 10 * i);
      await frame();
    }
    const during = centreOf(node);
    near(during.x - before.x, 120);
    near(during.y - before.y, 40);
    expect(container.querySelector<HTMLElement>(".tl-map-layer")!.style.transform).toContain(
      "translate(",
    );
    mouse("mouseup", window, start.x + 120, start.y + 40);
    await sleep(250);
    near(centreOf(node).x - before.x, 120);

    // Zoom in ×2 around the node: it stays under the pointer while its neighbours move away.
    const svg = container.querySelector(".tl-map-svg g")!;
    const drawnBefore = svg.getAttribute("transform");
    const at = centreOf(node);
    const other = [...container.querySelectorAll("[data-node-key] .tl-map-disc")].find(
      (n) => n !== node,
    )!;
    const otherBefore = centreOf(other);
    wheel(viewport, at.x, at.y, -500); // 2^(500 × 0.002) = 2
    await frame();
    near(centreOf(node).x, at.x);
    const d0 = Math.hypot(otherBefore.x - at.x, otherBefore.y - at.y);
    const otherNow = centreOf(other);
    near(Math.hypot(otherNow.x - at.x, otherNow.y - at.y), 2 * d0);
    // After the gesture pauses the content is redrawn at the new scale, in the same place.
    await sleep(400);
    expect(svg.getAttribute("transform")).not.toBe(drawnBefore);
    expect(container.querySelector<HTMLElement>(".tl-map-layer")!.style.transform).toBe("");
    near(centreOf(node).x, at.x);
    expect(views.at(-1)!.k / views[0].k).toBeCloseTo(2, 5);
  });

  it("hovering dims the base layer as two groups and draws the lit nodes above it, the pointer still on the base", async () => {
    const graph = deriveServiceGraph(sampleTraces({ traces: 60 }));
    const { container } = render(<ServiceMap graph={graph} width={900} height={500} />);
    await frame();
    const base = container.querySelector(".tl-map-base")!;
    const opacity = (el: Element) => Number(getComputedStyle(el).opacity);
    // A node whose disc centre is on screen (the pointer can reach it).
    const node = [...container.querySelectorAll<SVGGElement>(".tl-map-base [data-node-key]")].find(
      (el) => {
        const c = centreOf(el.querySelector(".tl-map-disc")!);
        return document.elementFromPoint(c.x, c.y)?.closest("[data-node-key]") === el;
      },
    )!;
    expect(node).toBeDefined();
    const at = centreOf(node.querySelector(".tl-map-disc")!);
    mouse("mousemove", node.querySelector(".tl-map-disc")!, at.x, at.y);
    await frame();
    expect(opacity(base.querySelector(":scope > .tl-map-nodes")!)).toBeCloseTo(0.3, 3);
    expect(opacity(base.querySelector(":scope > .tl-map-edges")!)).toBeCloseTo(0.4, 3);
    // No node or edge of the base layer is dimmed by itself (one group each is).
    for (const el of base.querySelectorAll(".tl-map-node, .tl-map-edge"))
      expect(opacity(el)).toBe(1);
    const copy = container.querySelector(".tl-map-overlay .tl-map-node.tl-map-lit")!;
    expect(opacity(copy)).toBe(1);
    expect(opacity(container.querySelector(".tl-map-overlay")!)).toBe(1);
    // The pointer finds the base node under its copy.
    expect(document.elementFromPoint(at.x, at.y)?.closest("[data-node-key]")).toBe(node);
    mouse("mouseout", container.querySelector(".tl-map-viewport")!, 0, 0);
    await frame();
    expect(opacity(base.querySelector(":scope > .tl-map-nodes")!)).toBe(1);
    expect(container.querySelectorAll(".tl-map-copy")).toHaveLength(0);
  });

  it("a node focused from the keyboard keeps a visible focus ring above the dimmed base layer", async () => {
    const graph = deriveServiceGraph(sampleTraces({ traces: 60 }));
    const { container } = render(<ServiceMap graph={graph} width={900} height={500} />);
    await frame();
    container.querySelector<SVGGElement>('[data-node-key][tabindex="0"]')!.focus();
    await userEvent.keyboard("{ArrowRight}");
    await frame();
    const focused = document.activeElement!;
    expect(focused.matches(".tl-map-base [data-node-key]:focus-visible")).toBe(true);
    const ring = container.querySelectorAll(".tl-map-overlay .tl-map-focus-ring");
    expect(ring).toHaveLength(1);
    expect(getComputedStyle(ring[0]!).outlineStyle).toBe("solid");
    expect(ring[0]!.getAttribute("transform")).toBe(focused.getAttribute("transform"));
  });

  it("culls a zoomed-in 1,238-node map to the nodes in view and brings more in while panning", async () => {
    const graph = createStressServiceGraph({ nodes: 1238, edges: 4271, digests: false });
    const layout = layoutServiceGraph(graph, { ticks: 40 }); // positions are all culling needs
    const { container } = render(
      <ServiceMap graph={graph} layout={layout} width={900} height={500} />,
    );
    await frame();
    const viewport = container.querySelector<HTMLElement>(".tl-map-viewport")!;
    const detail = () => container.querySelector(".tl-map-svg")!.getAttribute("data-detail");
    expect(detail()).toBe("low"); // fitted: nodes on the canvas
    const c = centreOf(viewport);
    wheel(viewport, c.x, c.y, -2000); // ×16
    await sleep(400);
    expect(detail()).toBe("full");
    const drawn = () =>
      new Set(
        [...container.querySelectorAll("[data-node-key]")].map((n) =>
          n.getAttribute("data-node-key"),
        ),
      );
    const first = drawn();
    expect(first.size).toBeGreaterThan(0);
    expect(first.size).toBeLessThan(300);
    // Every node whose circle is on screen is drawn.
    const vb = viewport.getBoundingClientRect();
    for (const el of container.querySelectorAll("[data-node-key]")) {
      const b = el.getBoundingClientRect();
      if (b.right > vb.left && b.left < vb.right && b.bottom > vb.top && b.top < vb.bottom)
        expect(first.has(el.getAttribute("data-node-key"))).toBe(true);
    }
    // Pan a long way: other nodes come in.
    mouse("mousedown", viewport, c.x, c.y);
    for (let i = 1; i <= 20; i++) {
      mouse("mousemove", window, c.x - 60 * i, c.y);
      await frame();
    }
    mouse("mouseup", window, c.x - 1200, c.y);
    await sleep(400);
    const second = drawn();
    expect([...second].some((k) => !first.has(k))).toBe(true);
  });

  it("hovers and clicks an edge of a 1,238-node map that only the canvas paints", async () => {
    const graph = createStressServiceGraph({ nodes: 1238, edges: 4271, digests: false });
    const layout = layoutServiceGraph(graph, { ticks: 40 });
    const onSelect = vi.fn();
    const { container } = render(
      <ServiceMap graph={graph} layout={layout} width={900} height={500} onSelect={onSelect} />,
    );
    await frame();
    expect(container.querySelector(".tl-map-svg")!.getAttribute("data-detail")).toBe("low");
    expect(container.querySelector<HTMLCanvasElement>(".tl-map-canvas canvas")!.width).toBe(
      Math.round((900 + 2 * 450) * devicePixelRatio),
    );
    // Where the map shows an edge alone: the middle of its curve, at the fitted view, more than
    // 6 px from every other edge and node (found here by brute force over every edge).
    const model = createServiceMapModel(graph, layout.positions);
    const all = { nodes: null, edges: null };
    const t = computeFitTransform(computeShownBounds(model, all)!, 900, 500, { minScale: 0.01 });
    const screen = (x: number, y: number) => ({ x: x * t.k + t.x, y: y * t.k + t.y });
    const pointsOf = (e: (typeof model.edges)[number]) => {
      const c = computeEdgeCurve(e.source, e.target, e.bent);
      return Array.from({ length: 65 }, (_, i) => {
        const u = i / 64;
        const [a, b, d] = [(1 - u) * (1 - u), 2 * (1 - u) * u, u * u];
        return screen(a * c.x0 + b * c.cx + d * c.x1, a * c.y0 + b * c.cy + d * c.y1);
      });
    };
    const curves = model.edges.map(pointsOf);
    const alone = model.edges.findIndex((_, i) => {
      const p = curves[i][32];
      if (p.x < 40 || p.x > 860 || p.y < 40 || p.y > 460) return false;
      const clear = (q: { x: number; y: number }) => Math.hypot(q.x - p.x, q.y - p.y) > 6;
      return (
        curves.every((c, j) => j === i || c.every(clear)) &&
        model.nodes.every(
          (n) => Math.hypot(screen(n.x, n.y).x - p.x, screen(n.x, n.y).y - p.y) > n.r * t.k + 6,
        )
      );
    });
    expect(alone).toBeGreaterThan(-1);
    const edge = model.edges[alone];
    const viewport = container.querySelector<HTMLElement>(".tl-map-viewport")!;
    const box = viewport.getBoundingClientRect();
    const p = curves[alone][32];
    mouse("mousemove", viewport, box.left + p.x, box.top + p.y);
    await sleep(150); // hovered once the pointer stays on the edge for 80 ms
    const lit = container.querySelector("[data-edge-key].tl-map-lit");
    expect(lit?.getAttribute("data-edge-key")).toBe(edge.key);
    expect(container.querySelector('[role="tooltip"]')!.textContent).toContain(
      `${edge.source.node.name} → ${edge.target.node.name}`,
    );
    mouse("click", viewport, box.left + p.x, box.top + p.y);
    await frame();
    expect(onSelect).toHaveBeenLastCalledWith({ kind: "edge", key: edge.key, edge: edge.edge });
    expect(
      container.querySelector("[data-edge-key].tl-map-selected")?.getAttribute("data-edge-key"),
    ).toBe(edge.key);
  });

  it("lays out and draws a 10,000-node map in the default Web Worker, showing its percentage", async () => {
    const graph = createStressServiceGraph({ nodes: 10_000, edges: 35_000, digests: false });
    const { container } = render(<ServiceMap graph={graph} width={900} height={500} />);
    expect(container.querySelector('[role="status"]')!.textContent).toContain(
      "Laying out 10,000 services in a worker",
    );
    const percents = new Set<string>();
    for (
      let waited = 0;
      container.querySelector(".tl-map")!.getAttribute("data-layout") !== "done";
      waited += 100
    ) {
      if (waited > 60_000) throw new Error("layout did not finish");
      const shown = container.querySelector('[role="status"]')?.textContent?.match(/\d+%/);
      if (shown) percents.add(shown[0]);
      await sleep(100);
    }
    await frame();
    // the worker reports its progress as it goes
    expect(percents.size).toBeGreaterThan(0);
    expect(container.querySelector('[role="status"]')).toBeNull();
    expect(container.querySelector(".tl-map-svg")!.getAttribute("data-detail")).toBe("low");
    const canvas = container.querySelector<HTMLCanvasElement>(".tl-map-canvas canvas")!;
    expect(canvas.width).toBeGreaterThan(0);
    expect(container.querySelectorAll("[data-node-key]").length).toBeLessThanOrEqual(2);
  }, 90_000);
});
