import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Console } from "../src/react/Console/index";
import {
  deriveServiceGraph,
  fromGetServiceGraphResponse,
  toGetServiceGraphResponse,
} from "../src/graph/index";
import { formatResponseTime } from "../src/react/ServiceMap/index";
import { generateWorkload, sampleTraces } from "../src/sample/index";

const meta = {
  title: "Console",
  component: Console,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof Console>;
export default meta;
type Story = StoryObj<typeof meta>;

const count = (canvas: ReturnType<typeof within>) =>
  Number(/^(\d+) of/.exec(canvas.getByTestId("trace-count").textContent ?? "")?.[1] ?? NaN);

/**
 * The whole library on the built-in workload: filter, map, trace list, timeline, segment details
 * and the A/B comparison. Drop files anywhere on it to look at your own traces.
 */
export const Workload: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId("trace-count")).toHaveTextContent("200 of 200 traces match");
    await step("a filter shrinks the trace list", async () => {
      const input = canvas.getByRole("combobox", { name: "Filter expression" });
      await userEvent.click(input);
      await userEvent.keyboard("fault {Enter}");
      await waitFor(() => expect(count(canvas)).toBeLessThan(200));
      await expect(count(canvas)).toBeGreaterThan(0);
      const grid = canvas.getByRole("grid", { name: "Traces" });
      await waitFor(() =>
        expect(grid.querySelectorAll("[data-trace-id]").length).toBeGreaterThan(0),
      );
      for (const row of grid.querySelectorAll<HTMLElement>("[data-trace-id]")) {
        await expect(row.dataset.status).toBe("fault");
      }
    });
    await step("choosing a trace opens its timeline", async () => {
      const grid = canvas.getByRole("grid", { name: "Traces" });
      const first = grid.querySelector<HTMLElement>("[data-trace-id]");
      await userEvent.click(first as HTMLElement);
      const timeline = await canvas.findByRole("treegrid");
      await waitFor(() => expect(within(timeline).getAllByRole("row").length).toBeGreaterThan(2));
      await expect(
        canvas.getByRole("heading", { name: `Trace ${first?.dataset.traceId}` }),
      ).toBeVisible();
    });
    await step("a map node shows its details, and View traces filters by it", async () => {
      const node = await canvas.findByRole("button", { name: /^orders-service,/ });
      node.focus();
      await userEvent.keyboard("{Enter}");
      const details = await canvas.findByRole("region", { name: "Details of orders-service" });
      await expect(within(details).getByRole("heading", { level: 3 })).toHaveTextContent(
        "orders-service",
      );
      await userEvent.click(within(details).getByRole("button", { name: /View traces/ }));
      const input = canvas.getByRole<HTMLInputElement>("combobox", { name: "Filter expression" });
      await waitFor(() => expect(input.value).toContain('"orders-service"'));
    });
    await step("set B is compared with set A", async () => {
      const inputB = canvas.getByRole("combobox", { name: "Set B filter expression" });
      await userEvent.click(inputB);
      await userEvent.keyboard("error {Enter}");
      const table = await canvas.findByRole("table", { name: "Set comparison" });
      await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(4));
      await expect(
        canvas.getByRole("table", { name: "http.status: A versus B" }),
      ).toBeInTheDocument();
      await expect(canvas.getByRole("group", { name: "Response time distribution" })).toBeVisible();
      await expect(canvas.getByRole("group", { name: "Time series activity" })).toBeVisible();
    });
  },
};

function ndjson(lines: readonly string[]): File {
  return new File([lines.join("\n")], "traces.ndjson", { type: "application/x-ndjson" });
}

async function drop(target: Element, file: File): Promise<void> {
  const data = new DataTransfer();
  data.items.add(file);
  target.dispatchEvent(
    new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: data }),
  );
  target.dispatchEvent(
    new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: data }),
  );
}

const fiveTraces = [...generateWorkload({ traces: 5, seed: 11 })].map((d) => JSON.stringify(d));

/** A dropped NDJSON file (parsed in the Web Worker) replaces the workload; a bad line is listed. */
export const DroppedFile: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const target = canvas.getByRole("region", { name: "Trace list" });
    await drop(target, ndjson([...fiveTraces, '{"trace_id": "1-bad", oops']));
    await waitFor(
      () => expect(canvas.getByTestId("trace-count")).toHaveTextContent(/^5 of 5 traces/),
      {
        timeout: 5000,
      },
    );
    const panel = canvas.getByRole("region", { name: "Loading diagnostics" });
    await expect(within(panel).getByTestId("file-summary")).toHaveTextContent(
      "traces.ndjson: 5 traces",
    );
    const list = within(panel).getByRole("list", { name: "Diagnostics of traces.ndjson" });
    await expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent(/invalid-json/);
    await expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent(/line \d+/);
  },
};

/**
 * A dropped GetServiceGraph response (read in the parse worker, digests rebuilt on the main
 * thread) replaces the map only; the traces stay. A node's details give its percentiles.
 */
export const DroppedServiceGraph: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const graph = deriveServiceGraph(sampleTraces({ traces: 20, seed: 4 }));
    const json = JSON.stringify(toGetServiceGraphResponse(graph));
    const file = new File([json], "service-graph.json", { type: "application/json" });
    await drop(canvas.getByRole("region", { name: "Trace list" }), file);
    await expect(
      await canvas.findByRole("heading", { name: "Service map (from the GetServiceGraph file)" }),
    ).toBeVisible();
    await expect(canvas.getByTestId("trace-count")).toHaveTextContent("200 of 200 traces match");
    const panel = canvas.getByRole("region", { name: "Loading diagnostics" });
    await expect(within(panel).getByTestId("file-summary")).toHaveTextContent(
      "service-graph.json: service graph, 0 diagnostics",
    );
    // The busiest service's percentiles come from its digest, rebuilt from the worker's JSON.
    const read = fromGetServiceGraphResponse(JSON.parse(json)).graph;
    const busiest = read.nodes
      .filter((n) => n.statistics !== null)
      .sort((a, b) => b.statistics!.TotalCount - a.statistics!.TotalCount)[0]!;
    const node = canvasElement.querySelector(`[data-node-key="${CSS.escape(busiest.key)}"]`)!;
    await userEvent.click(node);
    const p50 = await canvas.findByRole("rowheader", { name: "p50" });
    await expect(p50.nextElementSibling).toHaveTextContent(
      formatResponseTime(busiest.responseTimeDigest!.quantile(0.5)),
    );
  },
};
