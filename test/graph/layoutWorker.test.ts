import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { layoutServiceGraph } from "../../src/graph/layoutServiceGraph";
import { handleLayoutWorkerMessage, installLayoutWorker } from "../../src/graph/layoutWorker";
import type { LayoutWorkerScope } from "../../src/graph/layoutWorker";
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
});
