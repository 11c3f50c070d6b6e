import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import type { ServiceGraphLayout } from "../../../src/graph/layoutServiceGraph";
import { computeShownBounds } from "../../../src/react/ServiceMap/computeShownBounds";
import {
  computeFitTransform,
  createServiceMapModel,
  ServiceMap,
} from "../../../src/react/ServiceMap/index";
import { makeServiceGraph, positionsOf } from "./support/makeServiceGraph";

afterEach(cleanup);

// client → api → {db, cache, queue (async)}; db → api back; cache gets little traffic.
const graph = makeServiceGraph(
  [
    { name: "api", kind: "client" },
    {
      name: "api",
      type: "AWS::ECS::Container",
      ok: 80,
      error: 5,
      throttle: 5,
      fault: 10,
      avg: 0.02,
    },
    { name: "db", type: "AWS::DynamoDB::Table", kind: "inferred", ok: 400 },
    { name: "cache", type: null, kind: "inferred", ok: 4 },
    { name: "queue", type: "AWS::SQS::Queue", ok: 30 },
  ],
  [
    { from: "client:api", to: "api", ok: 80, error: 5, throttle: 5, fault: 10 },
    { from: "api", to: "db", ok: 400 },
    { from: "db", to: "api", ok: 1 },
    { from: "api", to: "cache", ok: 4 },
    { from: "api", to: "queue", ok: 30, link: true },
  ],
);
const positions = positionsOf(graph, {
  "client:api": [0, 0],
  api: [200, 0],
  db: [400, -100],
  cache: [400, 0],
  queue: [400, 100],
});
const layout: ServiceGraphLayout = {
  positions,
  depths: new Map(),
  bounds: { minX: 0, minY: -100, maxX: 400, maxY: 100 },
  ticks: 0,
};
const key = (name: string, client = false) =>
  graph.nodes.find((n) => n.name === name && (n.kind === "client") === client)!.key;
const nodeEl = (container: HTMLElement, name: string, client = false) =>
  [...container.querySelectorAll<SVGGElement>("[data-node-key]")].find(
    (el) => el.getAttribute("data-node-key") === key(name, client),
  ) ?? null;
const nodeNames = (container: HTMLElement) =>
  [...container.querySelectorAll("[data-node-key]")]
    .map(
      (el) =>
        graph.nodeByKey.get(el.getAttribute("data-node-key")!)!.name +
        (graph.nodeByKey.get(el.getAttribute("data-node-key")!)!.kind === "client"
          ? "(client)"
          : ""),
    )
    .sort();

function renderMap(props: Partial<Parameters<typeof ServiceMap>[0]> = {}) {
  return render(<ServiceMap graph={graph} layout={layout} width={900} height={500} {...props} />);
}

describe("ServiceMap (happy-dom)", () => {
  it("draws each node at its layout position with a ring split by OK, error, throttle and fault", () => {
    const { container } = renderMap();
    expect(nodeNames(container)).toEqual(["api", "api(client)", "cache", "db", "queue"]);
    const api = nodeEl(container, "api")!;
    expect(api.getAttribute("transform")).toBe("translate(200,0)");
    const arcs = [...api.querySelectorAll(".tl-map-arc")].map((a) => a.getAttribute("class"));
    expect(arcs).toEqual([
      "tl-map-arc tl-map-arc-ok",
      "tl-map-arc tl-map-arc-error",
      "tl-map-arc tl-map-arc-throttle",
      "tl-map-arc tl-map-arc-fault",
    ]);
    expect(api.querySelector(".tl-map-arc-fault")!.getAttribute("fill")).toContain("--tl-fault");
    expect(nodeEl(container, "db")!.querySelectorAll(".tl-map-arc")).toHaveLength(1);
    // The centre shows the average response time and traces per minute; the label the name.
    expect(api.querySelector(".tl-map-metrics")!.textContent).toBe("20 ms10 t/min");
    expect(api.getAttribute("aria-label")).toBe(
      "api, ECS container, 100 requests, average 20 ms, 10 t/min, 80% OK, 5% error, 5% throttle, 10% fault",
    );
  });

  it("draws clients apart (no ring, a person) and asynchronous edges dashed, with arrowheads", () => {
    const { container } = renderMap();
    const client = nodeEl(container, "api", true)!;
    expect(client.classList.contains("tl-map-client")).toBe(true);
    expect(client.querySelectorAll(".tl-map-arc")).toHaveLength(0);
    expect(client.querySelector(".tl-map-glyph")).not.toBeNull();
    const edges = [...container.querySelectorAll<SVGGElement>("[data-edge-key]")];
    expect(edges).toHaveLength(5);
    const async = edges.filter((e) => e.classList.contains("tl-map-async"));
    expect(async.map((e) => e.getAttribute("aria-label"))).toEqual([
      expect.stringMatching(/^api to queue, asynchronous, 30 calls/),
    ]);
    expect(edges[0].querySelector(".tl-map-edge-line")!.getAttribute("marker-end")).toMatch(
      /^url\(#tl-map-arrow-/,
    );
  });

  it("sizes nodes by traffic or health from the toolbar", () => {
    const onSizingChange = vi.fn();
    const { container } = renderMap({ onSizingChange });
    const r = (name: string) =>
      Number(nodeEl(container, name)!.querySelector(".tl-map-disc")!.getAttribute("r"));
    expect(new Set(["api", "db", "cache", "queue"].map(r)).size).toBe(1);
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "traffic" } });
    expect(onSizingChange).toHaveBeenCalledWith("traffic");
    expect(r("db")).toBe(44); // the most requests
    expect(r("cache")).toBeLessThan(r("queue"));
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "health" } });
    expect(r("api")).toBe(44); // the only node with impacted requests
    expect(r("db")).toBe(24);
  });

  it("calls onSelect with the node or edge clicked, and null for the background", () => {
    const onSelect = vi.fn();
    const { container } = renderMap({ onSelect });
    fireEvent.click(nodeEl(container, "db")!);
    expect(onSelect).toHaveBeenLastCalledWith({
      kind: "node",
      key: key("db"),
      node: graph.nodeByKey.get(key("db")),
    });
    expect(nodeEl(container, "db")!.getAttribute("aria-pressed")).toBe("true");
    const edge = container.querySelector<SVGGElement>(".tl-map-async")!;
    fireEvent.click(edge);
    const edgeKey = edge.getAttribute("data-edge-key")!;
    expect(onSelect).toHaveBeenLastCalledWith({
      kind: "edge",
      key: edgeKey,
      edge: graph.edgeByKey.get(edgeKey),
    });
    fireEvent.click(container.querySelector(".tl-map-viewport")!);
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it("hovers and clicks an edge painted on the canvas (low detail) like an SVG edge", () => {
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    // Radius 4 at the fitted scale (at most 1.5) is 6 px on screen: low detail, all on the canvas.
    const radius = { min: 4, max: 4 };
    const model = createServiceMapModel(graph, positions, { radius });
    const all = { nodes: null, edges: null };
    const t = computeFitTransform(computeShownBounds(model, all)!, 900, 500, { minScale: 0.01 });
    const onSelect = vi.fn();
    const { container } = renderMap({ onSelect, radius });
    expect(container.querySelector(".tl-map-svg")!.getAttribute("data-detail")).toBe("low");
    expect(container.querySelector("[data-edge-key]")).toBeNull(); // no SVG edges to hit
    const viewport = container.querySelector<HTMLElement>(".tl-map-viewport")!;
    const edgeKey = graph.edges.find(
      (e) => e.source === key("api") && e.target === key("cache"),
    )!.key;
    // The middle of api (200, 0) → cache (400, 0), and 3 px off it: within the tolerance. The
    // edge lights up once the pointer stays on it for 80 ms (moves along it do not restart that).
    const point = { clientX: 300 * t.k + t.x, clientY: 3 + t.y };
    fireEvent.mouseMove(viewport, { ...point, clientX: point.clientX - 20 });
    act(() => void vi.advanceTimersByTime(60));
    fireEvent.mouseMove(viewport, point);
    expect(container.querySelector("[data-edge-key]")).toBeNull();
    act(() => void vi.advanceTimersByTime(20));
    const lit = container.querySelector("[data-edge-key].tl-map-lit");
    expect(lit?.getAttribute("data-edge-key")).toBe(edgeKey);
    expect(screen.getByRole("tooltip").textContent).toContain("api → cache");
    fireEvent.click(viewport, point);
    expect(onSelect).toHaveBeenLastCalledWith({
      kind: "edge",
      key: edgeKey,
      edge: graph.edgeByKey.get(edgeKey),
    });
    const selected = container.querySelector(`[data-edge-key].tl-map-selected`);
    expect(selected?.getAttribute("data-edge-key")).toBe(edgeKey);
    expect(selected?.getAttribute("aria-pressed")).toBe("true");
    // Passing over another edge (api → queue at y 25 at x 250, 3 px off) for less than 80 ms
    // changes nothing: api → cache stays lit, api → queue never lights up.
    const litKey = () =>
      container.querySelector("[data-edge-key].tl-map-lit")?.getAttribute("data-edge-key");
    const queueKey = graph.edges.find((e) => e.target === key("queue"))!.key;
    const queueEdge = { clientX: 250 * t.k + t.x, clientY: 25 * t.k + t.y + 3 };
    fireEvent.mouseMove(viewport, queueEdge);
    act(() => void vi.advanceTimersByTime(50));
    fireEvent.mouseMove(viewport, point);
    act(() => void vi.advanceTimersByTime(100));
    expect(litKey()).toBe(edgeKey);
    // Staying on api → queue for 80 ms moves the highlight and the tooltip there.
    fireEvent.mouseMove(viewport, queueEdge);
    expect(litKey()).toBe(edgeKey);
    act(() => void vi.advanceTimersByTime(80));
    expect(litKey()).toBe(queueKey);
    expect(screen.getByRole("tooltip").textContent).toContain("api → queue");
    // Off every edge, the highlight goes at once.
    fireEvent.mouseMove(viewport, { clientX: 300 * t.k + t.x, clientY: 30 * t.k + t.y });
    expect(litKey()).toBeUndefined();
    expect(screen.queryByRole("tooltip")).toBeNull();
    // 30 layout units off every edge and node: the background clears the selection.
    fireEvent.click(viewport, { clientX: 300 * t.k + t.x, clientY: 30 * t.k + t.y });
    expect(onSelect).toHaveBeenLastCalledWith(null);
    // On a node's disc the node wins over the edges that end at it.
    fireEvent.click(viewport, { clientX: 400 * t.k + t.x, clientY: t.y });
    expect(onSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: "node", key: key("cache") }),
    );
  });

  it("follows a controlled selection", () => {
    const { container, rerender } = renderMap({ selection: { kind: "node", key: key("cache") } });
    expect(nodeEl(container, "cache")!.classList.contains("tl-map-selected")).toBe(true);
    fireEvent.click(nodeEl(container, "db")!); // no onSelect: stays controlled
    expect(nodeEl(container, "db")!.classList.contains("tl-map-selected")).toBe(false);
    rerender(
      <ServiceMap
        graph={graph}
        layout={layout}
        width={900}
        height={500}
        selection={{ kind: "node", key: key("db") }}
      />,
    );
    expect(nodeEl(container, "db")!.classList.contains("tl-map-selected")).toBe(true);
  });

  it("moves keyboard focus to the nearest node in the arrow's direction and selects with Enter", () => {
    const onSelect = vi.fn();
    const { container } = renderMap({ onSelect });
    const tabbable = container.querySelectorAll('[data-node-key][tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]).toBe(nodeEl(container, "api", true)); // the client holds the tab stop
    act(() => (tabbable[0] as SVGGElement).focus());
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(nodeEl(container, "api"));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(nodeEl(container, "cache"));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(nodeEl(container, "db"));
    expect(nodeEl(container, "db")!.getAttribute("tabindex")).toBe("0");
    fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    expect(onSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: "node", key: key("db") }),
    );
    // e steps onto the node's edges; Enter selects the edge.
    fireEvent.keyDown(document.activeElement!, { key: "e" });
    expect(document.activeElement!.getAttribute("data-edge-key")).toBe(
      graph.edges.find((e) => e.source === key("db"))!.key,
    );
    fireEvent.keyDown(document.activeElement!, { key: "Enter" });
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ kind: "edge" }));
  });

  it("highlights a hovered node's neighbours and edges and shows its figures", () => {
    const { container } = renderMap();
    fireEvent.mouseMove(nodeEl(container, "db")!.querySelector(".tl-map-disc")!);
    expect(container.querySelector(".tl-map-viewport")!.classList.contains("tl-map-hovering")).toBe(
      true,
    );
    const lit = [...container.querySelectorAll("[data-node-key].tl-map-lit")].map((e) =>
      e.getAttribute("data-node-key"),
    );
    expect(new Set(lit)).toEqual(new Set([key("db"), key("api")]));
    expect(container.querySelectorAll("[data-edge-key].tl-map-lit")).toHaveLength(2);
    expect(screen.getByRole("tooltip").textContent).toContain("db");
    fireEvent.mouseLeave(container.querySelector(".tl-map-viewport")!);
    expect(container.querySelector(".tl-map-hovering")).toBeNull();
  });

  it("hovering restyles no base element outside the lit set and draws the lit ones again, aria-hidden", () => {
    const { container } = renderMap();
    const buttons = screen.getAllByRole("button").length;
    const observer = new MutationObserver(() => undefined);
    observer.observe(container, { attributes: true, attributeFilter: ["class"], subtree: true });
    fireEvent.mouseMove(nodeEl(container, "db")!.querySelector(".tl-map-disc")!);
    const changed = new Set(
      observer
        .takeRecords()
        .map((r) => r.target as Element)
        .filter((el) => el.closest(".tl-map-base") !== null),
    );
    observer.disconnect();
    // Only the lit base elements (db, api and the two edges between them) change class.
    const lit = [...container.querySelectorAll(".tl-map-base .tl-map-lit")];
    expect(lit).toHaveLength(4);
    for (const el of changed) expect(lit).toContain(el);
    // Their copies, above the base layer: no keys, focus, roles or names; hidden from the pointer.
    const overlay = container.querySelector(".tl-map-overlay")!;
    expect(overlay.getAttribute("aria-hidden")).toBe("true");
    expect(overlay.getAttribute("pointer-events")).toBe("none");
    const copies = [...overlay.querySelectorAll(".tl-map-copy")];
    expect(copies.filter((el) => el.classList.contains("tl-map-node"))).toHaveLength(2);
    expect(copies.filter((el) => el.classList.contains("tl-map-edge"))).toHaveLength(2);
    for (const el of copies) {
      expect(el.classList.contains("tl-map-lit")).toBe(true);
      for (const attr of ["data-node-key", "data-edge-key", "tabindex", "role", "aria-label"])
        expect(el.hasAttribute(attr)).toBe(false);
    }
    expect(screen.getAllByRole("button")).toHaveLength(buttons);
    fireEvent.mouseLeave(container.querySelector(".tl-map-viewport")!);
    expect(container.querySelectorAll(".tl-map-copy")).toHaveLength(0);
  });

  it("keeps the selected node at full strength while another is hovered and a focused node lit", () => {
    const { container } = renderMap({ defaultSelection: { kind: "node", key: key("queue") } });
    fireEvent.mouseMove(nodeEl(container, "db")!.querySelector(".tl-map-disc")!);
    const copied = () =>
      [...container.querySelectorAll(".tl-map-overlay .tl-map-node")].map((el) =>
        el.classList.contains("tl-map-selected") ? "selected" : "lit",
      );
    expect(copied().sort()).toEqual(["lit", "lit", "selected"]); // db, api; queue
    fireEvent.mouseLeave(container.querySelector(".tl-map-viewport")!);
    // Keyboard focus also dims the rest and lights the focused node's neighbourhood.
    act(() => nodeEl(container, "cache")!.focus());
    expect(container.querySelector(".tl-map-hovering")).not.toBeNull();
    expect(container.querySelectorAll(".tl-map-overlay .tl-map-lit.tl-map-node")).toHaveLength(2);
    expect(document.activeElement).toBe(nodeEl(container, "cache"));
  });

  it("searches by name: highlights matches, counts them, and Enter focuses the next one", () => {
    const { container } = renderMap();
    fireEvent.change(screen.getByRole("searchbox", { name: "Search services" }), {
      target: { value: "CA" },
    });
    expect(screen.getByTestId("tl-map-match-count").textContent).toBe("1 match");
    expect(nodeEl(container, "cache")!.classList.contains("tl-map-match")).toBe(true);
    expect(container.querySelector(".tl-map-searching")).not.toBeNull();
    fireEvent.keyDown(screen.getByRole("searchbox"), { key: "Enter" });
    expect(document.activeElement).toBe(nodeEl(container, "cache"));
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "a" } });
    expect(screen.getByTestId("tl-map-match-count").textContent).toBe("3 matches"); // api, its client, cache
  });

  it("focuses on the selected node's N-hop neighbourhood and back", () => {
    const onFocusChange = vi.fn();
    const { container } = renderMap({
      onFocusChange,
      defaultSelection: { kind: "node", key: key("queue") },
    });
    fireEvent.click(screen.getByRole("button", { name: "Focus on queue" }));
    expect(onFocusChange).toHaveBeenLastCalledWith({ key: key("queue"), hops: 1 });
    expect(nodeNames(container)).toEqual(["api", "queue"]);
    // Two hops upstream of queue: api, then api's callers (the client and db); nothing downstream.
    fireEvent.change(screen.getByRole("spinbutton", { name: "Hops" }), { target: { value: "2" } });
    expect(nodeNames(container)).toEqual(["api", "api(client)", "db", "queue"]);
    fireEvent.change(screen.getByRole("spinbutton", { name: "Hops" }), { target: { value: "0" } });
    expect(nodeNames(container)).toEqual(["queue"]);
    fireEvent.click(screen.getByRole("button", { name: /Show all/ }));
    expect(onFocusChange).toHaveBeenLastCalledWith(null);
    expect(nodeNames(container)).toHaveLength(5);
  });

  it("hides edges with fewer calls than the threshold, keeping the nodes", () => {
    const { container } = renderMap();
    fireEvent.change(screen.getByRole("spinbutton", { name: "Min calls per edge" }), {
      target: { value: "10" },
    });
    const counts = [...container.querySelectorAll("[data-edge-key]")].map(
      (e) => graph.edgeByKey.get(e.getAttribute("data-edge-key")!)!.statistics.TotalCount,
    );
    expect(counts.sort((a, b) => a - b)).toEqual([30, 100, 400]);
    expect(nodeNames(container)).toHaveLength(5);
  });

  it("has a legend with X-Ray's ring colours and edge styles, and a text summary", () => {
    renderMap();
    const legend = within(screen.getByText("Legend").closest("details")!);
    for (const label of [
      "OK (2xx)",
      "Error (4xx)",
      "Throttle (429)",
      "Fault (5xx)",
      "Asynchronous link",
      "Client",
    ])
      expect(legend.getByText(label)).toBeTruthy();
    expect(
      screen.getByRole("group", { name: "Service map" }).getAttribute("aria-describedby"),
    ).toBeTruthy();
    expect(screen.getByText(/^5 services and 5 edges/)).toBeTruthy();
  });
});
