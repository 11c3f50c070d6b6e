import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { compareTraceSets } from "../src/analytics/index";
import { compileFilter, parseFilter } from "../src/filter/index";
import {
  ResponseTimeDistribution,
  type ResponseTimeDistributionProps,
  type ResponseTimeRange,
} from "../src/react/ResponseTimeDistribution/index";
import { TracelensTheme } from "../src/react/theme/index";
import { sampleTraces } from "../src/sample/index";

// Module-level data (digests are not story args): all workload traces, A = GET, B = POST.
const traces = sampleTraces({ traces: 600, seed: 11 });
const get = compileFilter('http.method = "GET"');
const setA = traces.filter((t) => get.matchesTrace(t));
const setB = traces.filter((t) => !get.matchesTrace(t));
const comparison = compareTraceSets({ all: traces, a: setA, b: setB });

type Args = Omit<ResponseTimeDistributionProps, "all" | "a" | "b"> & {
  readonly sets: "all" | "all-a-b";
  readonly dark?: boolean;
};

function Chart({ sets, dark, ...props }: Args) {
  return (
    <TracelensTheme theme={dark === true ? "dark" : "light"} style={{ padding: 8 }}>
      <ResponseTimeDistribution
        {...props}
        all={comparison.all!.distribution.digest}
        a={sets === "all" ? null : comparison.a.distribution.digest}
        b={sets === "all" ? null : comparison.b.distribution.digest}
        labels={{ a: 'A: http.method = "GET"', b: "B: not GET" }}
      />
    </TracelensTheme>
  );
}

const meta = {
  title: "ResponseTimeDistribution",
  component: Chart,
  args: { sets: "all-a-b", width: 720, height: 260, onRangeChange: fn() },
  argTypes: { sets: { control: "select", options: ["all", "all-a-b"] } },
  parameters: { layout: "padded" },
} satisfies Meta<typeof Chart>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Drags across the brush overlay from fraction f0 to f1 of its width (real mouse events). */
async function drag(canvas: HTMLElement, f0: number, f1: number): Promise<void> {
  const overlay = canvas.querySelector<SVGRectElement>(".tl-chart-brush .overlay")!;
  const box = overlay.getBoundingClientRect();
  const y = box.top + box.height / 2;
  await userEvent.pointer([
    {
      keys: "[MouseLeft>]",
      target: overlay,
      coords: { clientX: box.left + box.width * f0, clientY: y },
    },
    { target: overlay, coords: { clientX: box.left + box.width * ((f0 + f1) / 2), clientY: y } },
    { target: overlay, coords: { clientX: box.left + box.width * f1, clientY: y } },
    {
      keys: "[/MouseLeft]",
      target: overlay,
      coords: { clientX: box.left + box.width * f1, clientY: y },
    },
  ]);
}

export const SetsAB: Story = {
  name: "All traces, set A and set B, drag to select",
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    expect(canvasElement.querySelector('[data-series="all"]')).not.toBeNull();
    expect(canvasElement.querySelector('path[data-series="a"]')?.getAttribute("d")).toMatch(/^M/);
    expect(canvasElement.querySelector('path[data-series="b"]')?.getAttribute("d")).toMatch(/^M/);
    expect(canvas.getByTestId("tl-chart-summary").textContent).toContain(
      `All traces: ${traces.filter((t) => t.summary.ResponseTime !== undefined).length} traces`,
    );

    await drag(canvasElement, 0.1, 0.4);
    const onRange = args.onRangeChange as ReturnType<typeof fn>;
    await waitFor(() => expect(onRange).toHaveBeenCalledTimes(1));
    const range = onRange.mock.calls[0][0] as ResponseTimeRange;
    expect(range.from).toBeLessThan(range.to);
    expect(range.expression).toBe(`responsetime >= ${range.from} AND responsetime <= ${range.to}`);
    expect(parseFilter(range.expression).diagnostics).toEqual([]);
    const f = compileFilter(range.expression);
    const inRange = traces.filter((t) => {
      const rt = t.summary.ResponseTime;
      return rt !== undefined && rt >= range.from && rt <= range.to;
    });
    expect(inRange.length).toBeGreaterThan(0);
    expect(traces.filter((t) => f.matchesTrace(t))).toEqual(inRange);
    // The selection stays drawn (uncontrolled) and is described for screen readers.
    const selection = canvasElement.querySelector(".tl-chart-brush .selection")!;
    expect(Number(selection.getAttribute("width"))).toBeGreaterThan(100);
    expect(canvas.getByTestId("tl-chart-summary").textContent).toContain(range.expression);
  },
};

export const Keyboard: Story = {
  name: "Keyboard alternative to the drag",
  args: { sets: "all", yMode: "percent", bins: 24 },
  play: async ({ canvasElement, args }) => {
    const frame = within(canvasElement).getByRole("group", { name: "Response time distribution" });
    frame.focus();
    await userEvent.keyboard("{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}");
    expect(within(canvasElement).getByTestId("tl-chart-live").textContent).toMatch(/^Selected /);
    expect(canvasElement.querySelector(".tl-chart-tooltip")?.textContent).toMatch(
      /All traces [\d.]+%/,
    );
    await userEvent.keyboard("{Enter}");
    const onRange = args.onRangeChange as ReturnType<typeof fn>;
    expect(onRange).toHaveBeenCalledTimes(1);
    const range = onRange.mock.calls[0][0] as ResponseTimeRange;
    expect(parseFilter(range.expression).diagnostics).toEqual([]);
    await userEvent.keyboard("{Escape}");
    expect(onRange).toHaveBeenLastCalledWith(null);
  },
};

export const LogAxisDark: Story = {
  name: "Log axis, dark theme",
  args: { axis: "log", dark: true },
  play: async ({ canvasElement }) => {
    const labels = [
      ...canvasElement.querySelectorAll(".tl-chart-axis-bottom .tl-chart-tick-label"),
    ];
    expect(labels.length).toBeGreaterThan(2);
  },
};
