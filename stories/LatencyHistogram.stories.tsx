import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { parseFilter } from "../src/filter/index";
import { deriveServiceGraph } from "../src/graph/index";
import type { TDigest } from "../src/digest/index";
import { LatencyHistogram, type LatencyHistogramProps } from "../src/react/LatencyHistogram/index";
import { TracelensTheme } from "../src/react/theme/index";
import { sampleTraces } from "../src/sample/index";

/** Distributions from the built-in workload's service graph (module data: digests are not args). */
const graph = deriveServiceGraph(sampleTraces({ traces: 300 }));
const api = graph.nodes.find((n) => n.name === "orders-service")!;
const s3 = graph.nodes.find((n) => n.name === "S3")!;
const apiToS3 = graph.edges.find((e) => e.source === api.key && e.target === s3.key)!;

type Data = "orders-service" | "orders-service → S3";
const digests: Readonly<Record<Data, TDigest>> = {
  "orders-service": api.responseTimeDigest!,
  "orders-service → S3": apiToS3.responseTimeDigest!,
};
const subjects: Readonly<Record<Data, LatencyHistogramProps["subject"]>> = {
  "orders-service": { kind: "service", service: { name: "orders-service" } },
  "orders-service → S3": {
    kind: "edge",
    source: { name: "orders-service" },
    target: { name: "S3" },
  },
};

type Args = Omit<LatencyHistogramProps, "digest" | "subject"> & {
  readonly data: Data;
  readonly dark?: boolean;
};

function Histogram({ data, dark, ...props }: Args) {
  const chart = <LatencyHistogram {...props} digest={digests[data]} subject={subjects[data]} />;
  return (
    <div style={{ width: 640 }}>
      {dark === true ? (
        <TracelensTheme theme="dark" style={{ padding: 12 }}>
          {chart}
        </TracelensTheme>
      ) : (
        chart
      )}
    </div>
  );
}

const meta = {
  title: "LatencyHistogram",
  component: Histogram,
  args: { data: "orders-service", onRangeChange: fn(), width: 600 },
  argTypes: { data: { control: "select", options: Object.keys(digests) } },
} satisfies Meta<typeof Histogram>;
export default meta;
type Story = StoryObj<typeof meta>;

function drag(overlay: Element, fromShare: number, toShare: number) {
  const box = overlay.getBoundingClientRect();
  const y = box.top + box.height / 2;
  const at = (share: number) => box.left + box.width * share;
  const fire = (type: string, target: EventTarget, x: number) =>
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
  fire("mousedown", overlay, at(fromShare));
  fire("mousemove", window, at((fromShare + toShare) / 2));
  fire("mousemove", window, at(toShare));
  fire("mouseup", window, at(toShare));
}

export const NodeBrush: Story = {
  name: "Node: brush a range → expression",
  play: async ({ canvasElement, args }) => {
    const overlay = canvasElement.querySelector(".tl-hist-brush .overlay")!;
    drag(overlay, 0.1, 0.3);
    await waitFor(() => expect(args.onRangeChange).toHaveBeenCalledTimes(1));
    const event = (args.onRangeChange as ReturnType<typeof fn>).mock.lastCall![0];
    expect(event.from).toBeLessThan(event.to);
    expect(event.expression).toBe(
      `service("orders-service") { responsetime >= ${event.from} AND responsetime <= ${event.to} }`,
    );
    expect(parseFilter(event.expression).diagnostics).toEqual([]);
    expect(within(canvasElement).getByTestId("tl-hist-selection").textContent).toMatch(
      /^Selected .+: \d+ requests/,
    );
  },
};

export const KeyboardRange: Story = {
  name: "Node: keyboard range, fault status",
  args: { status: "fault" },
  play: async ({ canvasElement, args }) => {
    const chart = within(canvasElement).getByRole("group", {
      name: /^Response time distribution of orders-service/,
    });
    chart.focus();
    await userEvent.keyboard("{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{/Shift}");
    const event = (args.onRangeChange as ReturnType<typeof fn>).mock.lastCall![0];
    expect(event.expression).toMatch(
      /^service\("orders-service"\) \{ responsetime >= [\d.]+ AND responsetime <= [\d.]+ AND fault \}$/,
    );
    await userEvent.keyboard("{Escape}");
    expect(args.onRangeChange).toHaveBeenLastCalledWith(null);
  },
};

export const EdgeLog: Story = {
  name: "Edge: log axis, p50 / p95 / p99.9",
  args: { data: "orders-service → S3", defaultAxis: "log", percentiles: [0.5, 0.95, 0.999] },
  play: async ({ canvasElement, args }) => {
    const labels = [...canvasElement.querySelectorAll(".tl-hist-marker text")].map(
      (t) => t.textContent,
    );
    expect(labels).toEqual(["p50", "p95", "p99.9"]);
    drag(canvasElement.querySelector(".tl-hist-brush .overlay")!, 0.4, 0.8);
    await waitFor(() => expect(args.onRangeChange).toHaveBeenCalled());
    expect((args.onRangeChange as ReturnType<typeof fn>).mock.lastCall![0].expression).toMatch(
      /^edge\("orders-service", "S3"\) \{ responsetime >= /,
    );
  },
};

export const Dark: Story = {
  name: "Dark theme",
  args: { dark: true },
  play: async ({ canvasElement }) => {
    const description = canvasElement.querySelector(".tl-visually-hidden")!;
    expect(description.textContent).toMatch(/^Response times of orders-service: \d+ requests/);
  },
};
