import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { handleLayoutWorkerMessage } from "../../../src/graph/layoutWorker";
import { deriveServiceGraph } from "../../../src/graph/index";
import { layoutServiceGraph } from "../../../src/graph/layoutServiceGraph";
import type { ServiceMapLayoutWorker } from "../../../src/react/ServiceMap/index";
import { ServiceMap } from "../../../src/react/ServiceMap/index";
import { sampleTraces } from "../../../src/sample/index";

afterEach(cleanup);

const graph = deriveServiceGraph(sampleTraces({ traces: 40 }));
const layoutOptions = { nodeSpacing: 110, layerGap: 200 };

/** A worker stand-in that answers on a later task, as a real worker would. */
function fakeWorker(log: string[]): ServiceMapLayoutWorker {
  const listeners = new Set<(event: { data: unknown }) => void>();
  return {
    postMessage(message) {
      log.push("request");
      setTimeout(() => {
        const response = handleLayoutWorkerMessage(message);
        for (const l of listeners) l({ data: response });
      }, 0);
    },
    addEventListener(type, listener) {
      if (type === "message") listeners.add(listener);
    },
    removeEventListener(type, listener) {
      if (type === "message") listeners.delete(listener);
    },
    terminate: () => log.push("terminate"),
  };
}

/** A worker stand-in that queues its messages (progress, then the layout) until the test delivers them. */
function steppedWorker(): { worker: ServiceMapLayoutWorker; deliver: (count: number) => void } {
  const listeners = new Set<(event: { data: unknown }) => void>();
  const queue: unknown[] = [];
  return {
    worker: {
      postMessage(message) {
        const response = handleLayoutWorkerMessage(message, (progress) => queue.push(progress));
        queue.push(response);
      },
      addEventListener(type, listener) {
        if (type === "message") listeners.add(listener);
      },
      removeEventListener(type, listener) {
        if (type === "message") listeners.delete(listener);
      },
    },
    deliver(count) {
      for (const data of queue.splice(0, count)) for (const l of listeners) l({ data });
    },
  };
}

/** Translate of every drawn node, by key. */
const drawnAt = (container: HTMLElement) =>
  new Map(
    [...container.querySelectorAll("[data-node-key]")].map((el) => [
      el.getAttribute("data-node-key")!,
      el.getAttribute("transform")!,
    ]),
  );
const expectAtLayout = (container: HTMLElement) => {
  const expected = layoutServiceGraph(graph, layoutOptions);
  const drawn = drawnAt(container);
  expect(drawn.size).toBe(graph.nodes.length);
  for (const [key, t] of drawn) {
    const p = expected.positions.get(key)!;
    expect(t).toBe(`translate(${p.x},${p.y})`);
  }
};

describe("ServiceMap layout", () => {
  it("lays a small graph out while rendering, at layoutServiceGraph's positions", () => {
    const { container } = render(<ServiceMap graph={graph} width={900} height={500} />);
    expect(container.querySelector(".tl-map")!.getAttribute("data-layout")).toBe("done");
    expectAtLayout(container);
  });

  it("lays out in chunks on the main thread with visible progress when there is no worker", async () => {
    const { container } = render(
      <ServiceMap
        graph={graph}
        width={900}
        height={500}
        syncLayoutLimit={0}
        layoutWorker={false}
      />,
    );
    const status = screen.getByRole("status");
    expect(status.textContent).toMatch(new RegExp(`Laying out ${graph.nodes.length} services…`));
    expect(status.querySelector("progress")!.getAttribute("value")).not.toBeNull();
    await waitFor(
      () => expect(container.querySelector(".tl-map")!.getAttribute("data-layout")).toBe("done"),
      { timeout: 10_000 },
    );
    expect(screen.queryByRole("status")).toBeNull();
    expectAtLayout(container);
  });

  it("lays out in an injected worker (indeterminate progress) and terminates it on unmount", async () => {
    const log: string[] = [];
    const { container, unmount } = render(
      <ServiceMap
        graph={graph}
        width={900}
        height={500}
        syncLayoutLimit={0}
        layoutWorker={() => fakeWorker(log)}
      />,
    );
    const status = screen.getByRole("status");
    expect(status.textContent).toContain("in a worker");
    expect(status.querySelector("progress")!.hasAttribute("value")).toBe(false);
    await waitFor(() =>
      expect(container.querySelector(".tl-map")!.getAttribute("data-layout")).toBe("done"),
    );
    expect(log).toEqual(["request"]);
    expectAtLayout(container);
    unmount();
    expect(log).toEqual(["request", "terminate"]);
  });

  it("shows the worker's progress as a percentage and a determinate bar while it lays out", async () => {
    const { worker, deliver } = steppedWorker();
    const { container } = render(
      <ServiceMap
        graph={graph}
        width={900}
        height={500}
        syncLayoutLimit={0}
        layoutWorker={() => worker}
      />,
    );
    const status = screen.getByRole("status");
    expect(status.textContent).not.toMatch(/%/);
    expect(status.querySelector("progress")!.hasAttribute("value")).toBe(false);
    await act(async () => deliver(10)); // ten twentieths of the ticks
    expect(status.textContent).toMatch(/in a worker…\s*50%/);
    expect(Number(status.querySelector("progress")!.getAttribute("value"))).toBeCloseTo(0.5, 2);
    await act(async () => deliver(100));
    await waitFor(() =>
      expect(container.querySelector(".tl-map")!.getAttribute("data-layout")).toBe("done"),
    );
    expect(screen.queryByRole("status")).toBeNull();
    expectAtLayout(container);
  });

  it("uses a given layout as is", () => {
    const layout = layoutServiceGraph(graph, { seed: 42 });
    const { container } = render(
      <ServiceMap graph={graph} layout={layout} width={900} height={500} />,
    );
    const [key, t] = [...drawnAt(container)][0];
    const p = layout.positions.get(key)!;
    expect(t).toBe(`translate(${p.x},${p.y})`);
  });

  it("at low detail paints nodes on the canvas and keeps only the tab stop as an SVG element", () => {
    const { container } = render(
      <ServiceMap graph={graph} width={300} height={120} radius={{ min: 4, max: 4 }} />,
    );
    expect(container.querySelector(".tl-map-svg")!.getAttribute("data-detail")).toBe("low");
    const svgNodes = container.querySelectorAll("[data-node-key]");
    expect(svgNodes).toHaveLength(1);
    expect(svgNodes[0].getAttribute("tabindex")).toBe("0");
    expect(container.querySelector(".tl-map-canvas canvas")).not.toBeNull();
  });
});
