import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createLayoutWorkerClient } from "../../src/graph/createLayoutWorkerClient";
import type { LayoutWorkerLike } from "../../src/graph/createLayoutWorkerClient";
import { layoutServiceGraph } from "../../src/graph/layoutServiceGraph";
import { installLayoutWorker } from "../../src/graph/layoutWorker";
import type { LayoutWorkerScope } from "../../src/graph/layoutWorker";
import { randomLayoutGraph } from "./support/randomLayoutGraph";

/** A worker stand-in: the two ends of a real MessageChannel, so messages are structured-cloned. */
function channel(): { client: LayoutWorkerLike; close: () => void } {
  const { port1, port2 } = new MessageChannel();
  installLayoutWorker(port2 as unknown as LayoutWorkerScope);
  port2.start();
  port1.start();
  return {
    client: port1 as unknown as LayoutWorkerLike,
    close: () => port1.close(),
  };
}

/** `channel()`, keeping every message the client posts. */
function spiedChannel(): { client: LayoutWorkerLike; posted: unknown[]; close: () => void } {
  const posted: unknown[] = [];
  const { client: real, close } = channel();
  const client: LayoutWorkerLike = {
    postMessage: (m) => {
      posted.push(m);
      real.postMessage(m);
    },
    addEventListener: (t, l) => real.addEventListener(t, l),
    removeEventListener: (t, l) => real.removeEventListener(t, l),
  };
  return { client, posted, close };
}

describe("createLayoutWorkerClient", () => {
  it("resolves each request with the layout the function gives, matched by id", async () => {
    const { client: worker, close } = channel();
    const client = createLayoutWorkerClient(worker);
    const a = randomLayoutGraph(12, 20, 1);
    const b = randomLayoutGraph(18, 30, 2);
    const [la, lb] = await Promise.all([client.layout(a, { seed: 4 }), client.layout(b)]);
    close();
    expect([...la.positions]).toEqual([...layoutServiceGraph(a, { seed: 4 }).positions]);
    expect([...lb.positions]).toEqual([...layoutServiceGraph(b).positions]);
  });

  it("posts only keys, kinds and edge ends, and passes a previous layout for a warm start", async () => {
    const { client: spy, posted, close } = spiedChannel();
    const graph = {
      nodes: [
        { key: "c", kind: "client" as const, statistics: { big: true } },
        { key: "s", kind: "service" as const },
      ],
      edges: [{ source: "c", target: "s", key: "c->s", statistics: {} }],
    };
    const client = createLayoutWorkerClient(spy);
    const first = await client.layout(graph);
    const second = await client.layout(graph, { previous: first });
    close();
    const request = posted[0] as { graph: unknown };
    expect(request.graph).toEqual({
      nodes: [
        { key: "c", kind: "client" },
        { key: "s", kind: "service" },
      ],
      edges: [{ source: "c", target: "s" }],
    });
    expect([...second.positions]).toEqual([
      ...layoutServiceGraph(graph, { previous: first }).positions,
    ]);
  });

  it("passes the worker's rising progress to onProgress before resolving, and asks for none without it", async () => {
    const { client: spy, posted, close } = spiedChannel();
    const client = createLayoutWorkerClient(spy);
    const graph = randomLayoutGraph(20, 30, 3);
    const seen: number[] = [];
    const [layout] = await Promise.all([
      client.layout(graph, { ticks: 60 }, (p) => seen.push(p)),
      client.layout(graph, { ticks: 60 }),
    ]);
    close();
    expect(seen).toHaveLength(19);
    expect(seen[0]).toBeCloseTo(0.05, 10);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
    expect([...layout.positions]).toEqual([...layoutServiceGraph(graph, { ticks: 60 }).positions]);
    expect((posted[0] as { progress?: boolean }).progress).toBe(true);
    expect("progress" in (posted[1] as object)).toBe(false);
  });

  it("rejects with the worker's error, and rejects pending layouts on dispose", async () => {
    let listener: ((event: { data: unknown }) => void) | undefined;
    const failing: LayoutWorkerLike = {
      postMessage: (m) =>
        queueMicrotask(() =>
          listener?.({
            data: { type: "tracelens/layout", id: (m as { id: number }).id, error: "boom" },
          }),
        ),
      addEventListener: (_, l) => (listener = l),
      removeEventListener: () => (listener = undefined),
    };
    await expect(
      createLayoutWorkerClient(failing).layout({ nodes: [], edges: [] }),
    ).rejects.toThrow("layout worker: boom");
    await expect(createLayoutWorkerClient(failing).layout({ nodes: 5 } as never)).rejects.toThrow(
      TypeError,
    );
    const silent: LayoutWorkerLike = {
      postMessage: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    const idle = createLayoutWorkerClient(silent);
    const waiting = idle.layout({ nodes: [], edges: [] });
    idle.dispose();
    await expect(waiting).rejects.toThrow(/disposed/);
    await expect(idle.layout({ nodes: [], edges: [] })).rejects.toThrow(/disposed/);
  });
});
