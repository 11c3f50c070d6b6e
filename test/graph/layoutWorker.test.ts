import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { layoutServiceGraph } from "../../src/graph/layoutServiceGraph";
import { handleLayoutWorkerMessage, installLayoutWorker } from "../../src/graph/layoutWorker";
import type { LayoutWorkerProgress, LayoutWorkerScope } from "../../src/graph/layoutWorker";
import { randomLayoutGraph } from "./support/randomLayoutGraph";

describe("handleLayoutWorkerMessage", () => {
  const graph = randomLayoutGraph(20, 30, 2);

  it("answers a layout request with the layout layoutServiceGraph gives", () => {
    const response = handleLayoutWorkerMessage({
      type: "tracelens/layout",
      id: 7,
      graph,
      options: { seed: 3 },
    });
    expect(response).not.toBeNull();
    expect(response!.id).toBe(7);
    expect("layout" in response! && [...response.layout.positions]).toEqual([
      ...layoutServiceGraph(graph, { seed: 3 }).positions,
    ]);
  });

  it("reports rising progress after each twentieth of the ticks when asked, then the same layout", () => {
    const reported: LayoutWorkerProgress[] = [];
    const request = {
      type: "tracelens/layout",
      id: 4,
      graph,
      options: { seed: 3 },
      progress: true,
    };
    const response = handleLayoutWorkerMessage(request, (m) => reported.push(m));
    expect(reported).toHaveLength(19); // 300 ticks in steps of 15; the last step answers instead
    expect(reported.every((m) => m.type === "tracelens/layout-progress" && m.id === 4)).toBe(true);
    expect(reported[0].progress).toBeCloseTo(0.05, 10);
    expect(reported[18].progress).toBeCloseTo(0.95, 10);
    for (let i = 1; i < reported.length; i++)
      expect(reported[i].progress).toBeGreaterThan(reported[i - 1].progress);
    expect("layout" in response! && [...response.layout.positions]).toEqual([
      ...layoutServiceGraph(graph, { seed: 3 }).positions,
    ]);
  });

  it("reports no progress unless the request asks for it", () => {
    const reported: unknown[] = [];
    handleLayoutWorkerMessage({ type: "tracelens/layout", id: 5, graph }, (m) => reported.push(m));
    expect(reported).toEqual([]);
  });

  it("ignores messages that are not layout requests", () => {
    expect(handleLayoutWorkerMessage("hello")).toBeNull();
    expect(handleLayoutWorkerMessage({ type: "other", id: 1 })).toBeNull();
    expect(handleLayoutWorkerMessage(null)).toBeNull();
  });

  it("reports a failed layout as an error response instead of throwing", () => {
    const response = handleLayoutWorkerMessage({
      type: "tracelens/layout",
      id: 2,
      graph: { nodes: 5, edges: [] },
    });
    expect(response).toMatchObject({ id: 2 });
    expect("error" in response! && typeof response.error).toBe("string");
  });
});

describe("installLayoutWorker", () => {
  it("answers requests posted through a real message channel (structured clone)", async () => {
    const graph = randomLayoutGraph(15, 20, 1);
    const { port1, port2 } = new MessageChannel();
    installLayoutWorker(port2 as unknown as LayoutWorkerScope);
    port2.start();
    const answer = new Promise<unknown>((resolve) => port1.once("message", resolve));
    port1.postMessage({ type: "tracelens/layout", id: 1, graph, options: { seed: 9 } });
    const response = (await answer) as { id: number; layout: { positions: Map<string, unknown> } };
    port1.close();
    expect(response.id).toBe(1);
    expect([...response.layout.positions]).toEqual([
      ...layoutServiceGraph(graph, { seed: 9 }).positions,
    ]);
  });

  it("posts progress messages before the layout when the request asks for them", async () => {
    const graph = randomLayoutGraph(15, 20, 1);
    const { port1, port2 } = new MessageChannel();
    installLayoutWorker(port2 as unknown as LayoutWorkerScope);
    port2.start();
    const received: { type: string; id: number }[] = [];
    const answered = new Promise<void>((resolve) =>
      port1.on("message", (m: { type: string; id: number }) => {
        received.push(m);
        if (m.type === "tracelens/layout") resolve();
      }),
    );
    port1.postMessage({
      type: "tracelens/layout",
      id: 3,
      graph,
      options: { ticks: 40 },
      progress: true,
    });
    await answered;
    port1.close();
    expect(received.map((m) => m.type)).toEqual([
      ...Array<string>(19).fill("tracelens/layout-progress"),
      "tracelens/layout",
    ]);
    expect(received.every((m) => m.id === 3)).toBe(true);
  });
});
