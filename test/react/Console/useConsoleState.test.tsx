import { act, renderHook, waitFor } from "@testing-library/react";
import { expect, it } from "vitest";
import { compileFilter } from "../../../src/filter/compileFilter";
import { formatServiceFilter } from "../../../src/react/Console/formatServiceFilter";
import { useConsoleState } from "../../../src/react/Console/useConsoleState";
import { generateWorkload, sampleTraces } from "../../../src/sample/index";

const traces = sampleTraces({ traces: 60, seed: 4 });

it("useConsoleState keeps only the traces the applied filter matches, and the map follows them", () => {
  const { result } = renderHook(() => useConsoleState({ traces }));
  expect(result.current.filtered.length).toBe(60);
  const nodesBefore = result.current.graph.nodes.length;
  act(() => result.current.setFilter("fault"));
  const expected = traces.filter((t) => t.summary.HasFault).length;
  expect(expected).toBeGreaterThan(0);
  expect(result.current.filtered.length).toBe(expected);
  expect(result.current.filtered.every((t) => t.summary.HasFault)).toBe(true);
  const requests = result.current.graph.nodes
    .filter((n) => n.root)
    .reduce((s, n) => s + (n.statistics?.TotalCount ?? 0), 0);
  expect(requests).toBeLessThanOrEqual(expected * 2);
  expect(result.current.graph.nodes.length).toBeLessThanOrEqual(nodesBefore);
});

it("useConsoleState turns a selected map node into a filter that matches the traces through it", () => {
  const { result } = renderHook(() => useConsoleState({ traces }));
  const node = result.current.graph.nodes.find(
    (n) => n.name === "receipt-renderer" && n.kind === "service",
  );
  if (node === undefined) throw new Error("workload has receipt-renderer");
  act(() => result.current.selectNode(node.key));
  expect(result.current.node?.name).toBe("receipt-renderer");
  const expression = formatServiceFilter(node);
  expect(expression).toBe(`service(id(name: "receipt-renderer", type: "${node.type}"))`);
  act(() => result.current.setFilter(expression ?? ""));
  expect(compileFilter(expression ?? "").ok).toBe(true);
  const through = traces.filter((t) =>
    t.segments.some((s) => s.name === "receipt-renderer" && s.entity.origin === node.type),
  );
  expect(result.current.filtered.map((t) => t.id)).toEqual(through.map((t) => t.id));
});

it("useConsoleState compares set B with set A", () => {
  const { result } = renderHook(() => useConsoleState({ traces, defaultFilter: "ok" }));
  expect(result.current.setB).toEqual([]);
  act(() => result.current.setFilterB("error"));
  expect(result.current.setB.every((t) => t.summary.HasError)).toBe(true);
  expect(result.current.filtered.every((t) => !t.summary.HasError && !t.summary.HasFault)).toBe(
    true,
  );
});

it("useConsoleState selects a trace and its root entity, then a chosen entity", () => {
  const { result } = renderHook(() => useConsoleState({ traces }));
  const trace = traces[3];
  act(() => result.current.selectTrace(trace?.id ?? null));
  expect(result.current.trace?.id).toBe(trace?.id);
  expect(result.current.entity?.id).toBe(trace?.root?.id);
  const child = trace?.segments[1];
  act(() => result.current.selectEntity(child?.id ?? null));
  expect(result.current.entity?.id).toBe(child?.id);
});

it("useConsoleState loads a file on the main thread when no worker exists, with diagnostics, and clears selections and the time window", async () => {
  const docs = [...generateWorkload({ traces: 4, seed: 9 })].map((d) => JSON.stringify(d));
  const file = new File([[...docs, "not json"].join("\n")], "mine.ndjson");
  const { result } = renderHook(() => useConsoleState({ traces, parseWorker: null }));
  act(() => result.current.selectTrace(traces[0]?.id ?? null));
  act(() => result.current.setTimeRange({ start: 0, end: 1 }));
  await act(async () => {
    await result.current.loadFile(file);
  });
  await waitFor(() => expect(result.current.progress).toBeNull());
  expect(result.current.traces.length).toBe(4);
  expect(result.current.trace).toBeNull();
  expect(result.current.timeRange).toBeNull();
  expect(result.current.files).toHaveLength(1);
  expect(result.current.files[0]).toMatchObject({
    name: "mine.ndjson",
    kind: "traces",
    traceCount: 4,
  });
  expect(result.current.files[0]?.diagnostics.some((d) => d.code === "invalid-json")).toBe(true);
});

it("useConsoleState shows new traces when the caller passes a new array", () => {
  const other = sampleTraces({ traces: 7, seed: 12 });
  const { result, rerender } = renderHook(
    (props: { traces: typeof traces }) => useConsoleState(props),
    {
      initialProps: { traces },
    },
  );
  act(() => result.current.setFilter("ok"));
  rerender({ traces: other });
  expect(result.current.traces).toBe(other);
  expect(result.current.filtered.every((t) => other.includes(t))).toBe(true);
});

it("useConsoleState limits set A to the chosen time window, start inclusive, end exclusive", () => {
  const { result } = renderHook(() => useConsoleState({ traces }));
  const starts = traces.map((t) => t.startTime).sort((a, b) => a - b);
  const start = starts[10] ?? 0;
  const end = starts[30] ?? 0;
  act(() => result.current.setTimeRange({ start, end }));
  const expected = traces.filter((t) => t.startTime >= start && t.startTime < end);
  expect(result.current.filtered.map((t) => t.id)).toEqual(expected.map((t) => t.id));
  expect(result.current.filtered.length).toBeGreaterThanOrEqual(19);
  act(() => result.current.setTimeRange(null));
  expect(result.current.filtered.length).toBe(traces.length);
});

it("useConsoleState shows the bytes read while a file is read, then parses it", async () => {
  const text = [...generateWorkload({ traces: 3, seed: 2 })]
    .map((d) => JSON.stringify(d))
    .join("\n");
  const bytes = new TextEncoder().encode(text);
  const half = Math.floor(bytes.byteLength / 2);
  // A file whose stream gives its first half, then waits until the test releases the rest.
  let release: () => void = () => undefined;
  const rest = new Promise<void>((resolve) => (release = resolve));
  let step = 0;
  const file = {
    name: "slow.ndjson",
    size: bytes.byteLength,
    text: () => Promise.resolve(text),
    stream: () =>
      new ReadableStream<Uint8Array>({
        async pull(controller) {
          step++;
          if (step === 1) controller.enqueue(bytes.subarray(0, half));
          else if (step === 2) {
            await rest;
            controller.enqueue(bytes.subarray(half));
          } else controller.close();
        },
      }),
  };
  const { result } = renderHook(() => useConsoleState({ traces, parseWorker: null }));
  let done: Promise<void> = Promise.resolve();
  act(() => {
    done = result.current.loadFile(file);
  });
  await waitFor(() =>
    expect(result.current.progress).toEqual({
      phase: "reading",
      fraction: half / bytes.byteLength,
      loaded: half,
      total: bytes.byteLength,
    }),
  );
  release();
  await act(async () => {
    await done;
  });
  expect(result.current.progress).toBeNull();
  expect(result.current.traces.length).toBe(3);
  expect(result.current.files.at(-1)).toMatchObject({ name: "slow.ndjson", traceCount: 3 });
});

it("useConsoleState lists a file it cannot read with the reason, and keeps what it showed", async () => {
  const { result } = renderHook(() => useConsoleState({ traces, parseWorker: null }));
  act(() => result.current.selectTrace(traces[2]?.id ?? null));
  const tooLarge = {
    name: "huge.ndjson",
    size: 3 * 2 ** 30,
    text: () => Promise.reject(new RangeError("Invalid string length")),
  };
  const vanished = {
    name: "gone.json",
    size: 10,
    text: () => Promise.reject(new DOMException("The file was removed.", "NotReadableError")),
  };
  for (const file of [tooLarge, vanished]) {
    await act(async () => {
      await result.current.loadFile(file);
    });
  }
  expect(result.current.progress).toBeNull();
  expect(result.current.traces).toBe(traces);
  expect(result.current.trace?.id).toBe(traces[2]?.id);
  expect(result.current.files).toEqual([
    {
      name: "huge.ndjson",
      kind: "unreadable",
      traceCount: 0,
      diagnostics: [],
      error: expect.stringContaining("too large to read as one string") as unknown as string,
    },
    {
      name: "gone.json",
      kind: "unreadable",
      traceCount: 0,
      diagnostics: [],
      error: "NotReadableError: The file was removed.",
    },
  ]);
});
