import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { assembleTraces } from "../src/assemble/index";
import {
  deriveServiceGraph,
  fromGetServiceGraphResponse,
  toGetServiceGraphResponse,
} from "../src/graph/index";
import type { ServiceGraph } from "../src/model/ServiceGraph";
import { ServiceMap, type ServiceMapProps } from "../src/react/ServiceMap/index";
import { darkTheme, TracelensTheme } from "../src/react/theme/index";
import { generateScenario, sampleTraces } from "../src/sample/index";
import { createStressServiceGraph } from "../test/react/ServiceMap/support/createStressServiceGraph";

/** The built-in workload's map: 200 traces of the storefront. */
const workload = deriveServiceGraph(sampleTraces({ traces: 200 }));

/**
 * Stand-ins for the two GetServiceGraph responses of the corpus (outside the repository; a test
 * renders the real files): maps the workload generates, written as GetServiceGraph JSON and read
 * back with fromGetServiceGraphResponse, as a real response would be.
 */
function throughResponse(graph: ServiceGraph): ServiceGraph {
  return fromGetServiceGraphResponse(JSON.stringify(toGetServiceGraphResponse(graph))).graph;
}
/** Small like the developer guide's example: a web service calling S3 and DynamoDB, one fault. */
const scenarioResponse = throughResponse(
  deriveServiceGraph(
    assembleTraces([
      ...generateScenario("web-s3", { seed: 1 }),
      ...generateScenario("dynamodb-throttle", { seed: 2 }),
      ...generateScenario("fault-file-not-found", { seed: 3 }),
    ]).traces,
  ),
);
/** A whole hour of the workload, like the real 13-node capture with its 100-request client. */
const workloadResponse = throughResponse(
  deriveServiceGraph(sampleTraces({ traces: 100, seed: 5 })),
);

let stress: ServiceGraph | null = null;
/** The 1,238-node, 4,271-edge stress map (built on first use). */
function stressGraph(): ServiceGraph {
  stress ??= createStressServiceGraph({ nodes: 1238, edges: 4271 });
  return stress;
}

type Data = "workload" | "scenario-response" | "workload-response" | "stress";
const graphs: Readonly<Record<Data, () => ServiceGraph>> = {
  workload: () => workload,
  "scenario-response": () => scenarioResponse,
  "workload-response": () => workloadResponse,
  stress: stressGraph,
};

/** Story args: the props, with the graph named by `data` (graphs are large and cyclic). */
type Args = Omit<ServiceMapProps, "graph"> & { readonly data: Data; readonly dark?: boolean };

function Map({ data, dark, ...props }: Args) {
  const map = <ServiceMap {...props} graph={graphs[data]()} />;
  return dark === true ? (
    <TracelensTheme theme="dark" style={{ padding: 12 }}>
      {map}
    </TracelensTheme>
  ) : (
    map
  );
}

const meta = {
  title: "ServiceMap",
  component: Map,
  args: { data: "workload", onSelect: fn(), height: 520 },
  argTypes: { data: { control: "select", options: Object.keys(graphs) } },
  parameters: { layout: "padded" },
} satisfies Meta<typeof Map>;
export default meta;
type Story = StoryObj<typeof meta>;

const nodes = (canvas: HTMLElement) => [...canvas.querySelectorAll<SVGGElement>("[data-node-key]")];
const nodeNamed = (canvas: HTMLElement, name: string, type?: string) => {
  const found = nodes(canvas).find((n) => {
    const [nodeName, nodeType] = JSON.parse(n.getAttribute("data-node-key")!) as [
      string,
      string | null,
    ];
    return nodeName === name && (type === undefined || nodeType === type);
  });
  if (found === undefined) throw new Error(`no node ${name}`);
  return found;
};

export const Workload: Story = {
  name: "Built-in workload",
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // The storefront: a client, the API stage, the ECS service and its downstream nodes.
    expect(nodes(canvasElement)).toHaveLength(workload.nodes.length);
    expect(nodeNamed(canvasElement, "orders-service").getAttribute("aria-label")).toMatch(
      /^orders-service, ECS container, \d+ requests, average \d+ ms/,
    );
    expect(canvasElement.querySelectorAll(".tl-map-async").length).toBeGreaterThan(0);

    // Keyboard: the client holds the tab stop; arrows move spatially, Enter selects.
    const client = canvasElement.querySelector<SVGGElement>('.tl-map-client[tabindex="0"]')!;
    client.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(
      nodeNamed(canvasElement, "storefront-api/prod", "AWS::APIGateway::Stage"),
    );
    const x = (el: Element | null) => el!.querySelector(".tl-map-disc")!.getBoundingClientRect().x;
    const before = x(document.activeElement);
    await userEvent.keyboard("{ArrowRight}");
    expect(x(document.activeElement)).toBeGreaterThan(before + 20); // the nearest node to the right
    const focused = document.activeElement!.getAttribute("data-node-key");
    await userEvent.keyboard("{Enter}");
    expect(args.onSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: "node", key: focused }),
    );
    const right = x(document.activeElement);
    await userEvent.keyboard("{ArrowLeft}");
    expect(x(document.activeElement)).toBeLessThan(right - 20);

    // Selection by click, of a node and of an edge.
    const s3 = nodeNamed(canvasElement, "S3");
    await userEvent.click(s3.querySelector(".tl-map-disc")!);
    expect(args.onSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: "node", node: expect.objectContaining({ name: "S3" }) }),
    );
    expect(s3.getAttribute("aria-pressed")).toBe("true");
    const edge = canvasElement.querySelector<SVGGElement>(".tl-map-async")!;
    await userEvent.click(edge.querySelector(".tl-map-edge-hit")!);
    expect(args.onSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: "edge", key: edge.getAttribute("data-edge-key") }),
    );

    // Search: matches counted and highlighted; Enter moves focus to the first.
    const box = canvas.getByRole("searchbox", { name: "Search services" });
    await userEvent.type(box, "storefront-");
    await waitFor(() =>
      expect(canvas.getByTestId("tl-map-match-count").textContent).toBe("7 matches"),
    );
    expect(canvasElement.querySelectorAll(".tl-map-match")).toHaveLength(7);
    await userEvent.keyboard("{Enter}");
    expect(document.activeElement?.classList.contains("tl-map-match")).toBe(true);
  },
};

export const FocusTwoHops: Story = {
  name: "Focus on a node, 1 hop",
  args: { data: "workload", defaultSelection: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      nodeNamed(canvasElement, "receipt-renderer", "AWS::Lambda::Function").querySelector(
        ".tl-map-disc",
      )!,
    );
    await userEvent.click(canvas.getByRole("button", { name: "Focus on receipt-renderer" }));
    // The function, the Lambda service that invokes it, and the S3 and SES it calls.
    await waitFor(() => expect(nodes(canvasElement)).toHaveLength(4));
    await userEvent.click(canvas.getByRole("button", { name: /^Show all/ }));
    await waitFor(() => expect(nodes(canvasElement)).toHaveLength(workload.nodes.length));
  },
};

export const LowTrafficHidden: Story = {
  name: "Low-traffic edges hidden",
  args: { data: "workload", defaultMinEdgeCount: 60, defaultSizing: "traffic" },
  play: async ({ canvasElement }) => {
    const counts = [...canvasElement.querySelectorAll("[data-edge-key]")].map(
      (e) => workload.edgeByKey.get(e.getAttribute("data-edge-key")!)!.statistics.TotalCount,
    );
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(60);
  },
};

export const ScenarioResponse: Story = {
  name: "GetServiceGraph response (like the developer guide's)",
  args: { data: "scenario-response" },
  play: async ({ canvasElement }) => {
    expect(nodes(canvasElement)).toHaveLength(scenarioResponse.nodes.length);
    const fault = nodes(canvasElement).find((n) => n.querySelector(".tl-map-arc-fault") !== null);
    expect(fault).toBeDefined();
  },
};

export const WorkloadResponse: Story = {
  name: "GetServiceGraph response (like the real 13-node capture)",
  args: { data: "workload-response", defaultSizing: "health" },
  play: async ({ canvasElement }) => {
    expect(nodes(canvasElement)).toHaveLength(workloadResponse.nodes.length);
    expect(canvasElement.querySelector(".tl-map-client")!.getAttribute("aria-label")).toMatch(
      /, Client, 100 requests/,
    );
  },
};

export const Stress: Story = {
  name: "Stress: 1,238 nodes, 4,271 edges",
  args: { data: "stress", height: 600 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // Laid out in the Web Worker with progress, then drawn at low detail (canvas).
    await waitFor(
      () =>
        expect(canvasElement.querySelector(".tl-map")!.getAttribute("data-layout")).toBe("done"),
      { timeout: 30_000 },
    );
    const svg = canvasElement.querySelector(".tl-map-svg")!;
    await waitFor(() => expect(svg.getAttribute("data-detail")).toBe("low"));
    // Edges painted on the canvas answer the pointer as SVG edges do: move along the middle of
    // the map, resting at each point (an edge lights up after 80 ms on it), until the pointer is
    // on an edge (its tooltip names both ends), then click it.
    expect(canvasElement.querySelector("[data-edge-key]")).toBeNull();
    const viewport = canvasElement.querySelector<HTMLElement>(".tl-map-viewport")!;
    const box = viewport.getBoundingClientRect();
    const at = { clientX: 0, clientY: box.top + box.height / 2, bubbles: true };
    const tooltip = () => canvasElement.querySelector('[role="tooltip"]')?.textContent ?? "";
    for (let x = box.left + 20; x < box.right - 20 && !tooltip().includes("→"); x += 4) {
      at.clientX = x;
      viewport.dispatchEvent(new MouseEvent("mousemove", at));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(tooltip()).toContain("→");
    const lit = canvasElement.querySelector("[data-edge-key].tl-map-lit")!;
    viewport.dispatchEvent(new MouseEvent("click", at));
    await waitFor(() =>
      expect(args.onSelect).toHaveBeenLastCalledWith(
        expect.objectContaining({ kind: "edge", key: lit.getAttribute("data-edge-key") }),
      ),
    );
    expect(canvasElement.querySelector("[data-edge-key].tl-map-selected")).not.toBeNull();
    viewport.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, relatedTarget: null }));
    for (let i = 0; i < 5; i++)
      await userEvent.click(canvas.getByRole("button", { name: "Zoom in" }));
    await waitFor(() => expect(svg.getAttribute("data-detail")).not.toBe("low"), { timeout: 5000 });
    expect(nodes(canvasElement).length).toBeLessThan(1238); // culled
    await userEvent.click(canvas.getByRole("button", { name: "Fit" }));
    await waitFor(() => expect(svg.getAttribute("data-detail")).toBe("low"));
  },
};

export const Dark: Story = {
  name: "Dark theme",
  args: { data: "workload", dark: true, defaultSizing: "traffic" },
  play: async ({ canvasElement }) => {
    const disc = canvasElement.querySelector(".tl-map-disc")!;
    expect(getComputedStyle(disc).fill).toBe(hexToRgb(darkTheme["--tl-bg"]));
  },
};

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}
