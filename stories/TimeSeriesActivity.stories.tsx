import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { compareTraceSets } from "../src/analytics/index";
import { compileFilter } from "../src/filter/index";
import {
  TimeSeriesActivity,
  type TimeRange,
  type TimeSeriesActivityProps,
} from "../src/react/TimeSeriesActivity/index";
import { TracelensTheme } from "../src/react/theme/index";
import { sampleTraces } from "../src/sample/index";

// Module-level data: an hour of workload traces with raised error rates; A = faults or errors,
// B = the rest. compareTraceSets puts all three series on one time domain.
const traces = sampleTraces({ traces: 800, seed: 5, errorRate: 0.1, faultRate: 0.08 });
const failing = compileFilter("fault OR error");
const comparison = compareTraceSets(
  {
    all: traces,
    a: traces.filter((t) => failing.matchesTrace(t)),
    b: traces.filter((t) => !failing.matchesTrace(t)),
  },
  { maxBuckets: 30 },
);

type Args = Omit<TimeSeriesActivityProps, "all" | "a" | "b"> & {
  readonly sets: "all" | "all-a-b";
  readonly dark?: boolean;
};

function Chart({ sets, dark, ...props }: Args) {
  return (
    <TracelensTheme theme={dark === true ? "dark" : "light"} style={{ padding: 8 }}>
      <TimeSeriesActivity
        {...props}
        all={comparison.all!.timeSeries}
        a={sets === "all" ? null : comparison.a.timeSeries}
        b={sets === "all" ? null : comparison.b.timeSeries}
        labels={{ a: "A: fault OR error", b: "B: the rest" }}
      />
    </TracelensTheme>
  );
}

const meta = {
  title: "TimeSeriesActivity",
  component: Chart,
  args: { sets: "all-a-b", width: 760, height: 240, onTimeRangeChange: fn() },
  argTypes: {
    sets: { control: "select", options: ["all", "all-a-b"] },
    split: { control: "select", options: ["status", "none"] },
  },
  parameters: { layout: "padded" },
} satisfies Meta<typeof Chart>;
export default meta;
type Story = StoryObj<typeof meta>;

export const StatusSplit: Story = {
  name: "Split by status, drag a time window",
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const stacks = [...canvasElement.querySelectorAll("path[data-status]")];
    expect(stacks.map((p) => p.getAttribute("data-status"))).toEqual([
      "ok",
      "error",
      "throttle",
      "fault",
    ]);
    const all = comparison.all!.timeSeries;
    const faults = all.buckets.reduce((s, b) => s + b.fault, 0);
    expect(canvas.getByTestId("tl-chart-summary").textContent).toContain(`${faults} fault`);

    // Drag across the middle half of the plot.
    const overlay = canvasElement.querySelector<SVGRectElement>(".tl-chart-brush .overlay")!;
    const box = overlay.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const at = (f: number) => ({ clientX: box.left + box.width * f, clientY: y });
    await userEvent.pointer([
      { keys: "[MouseLeft>]", target: overlay, coords: at(0.25) },
      { target: overlay, coords: at(0.5) },
      { target: overlay, coords: at(0.75) },
      { keys: "[/MouseLeft]", target: overlay, coords: at(0.75) },
    ]);
    const onChange = args.onTimeRangeChange as ReturnType<typeof fn>;
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    const range = onChange.mock.calls[0][0] as TimeRange;
    const span = all.end - all.start;
    expect(Number.isInteger(range.start) && Number.isInteger(range.end)).toBe(true);
    expect(Math.abs(range.start - (all.start + span * 0.25))).toBeLessThan(span / 50);
    expect(Math.abs(range.end - (all.start + span * 0.75))).toBeLessThan(span / 50);
    expect(canvas.getByTestId("tl-chart-summary").textContent).toContain("Selected ");
  },
};

export const Keyboard: Story = {
  name: "Keyboard alternative to the drag",
  args: { sets: "all" },
  play: async ({ canvasElement, args }) => {
    const frame = within(canvasElement).getByRole("group", { name: "Time series activity" });
    frame.focus();
    await userEvent.keyboard("{Home}{Shift>}{ArrowRight}{ArrowRight}{/Shift}");
    expect(canvasElement.querySelector(".tl-chart-tooltip")?.textContent).toMatch(
      /UTC: All traces \d+ \(\d+ OK, \d+ error, \d+ throttle, \d+ fault\)$/,
    );
    await userEvent.keyboard("{Enter}");
    const buckets = comparison.all!.timeSeries.buckets;
    expect(args.onTimeRangeChange).toHaveBeenCalledWith({
      start: buckets[0].start,
      end: buckets[2].end,
    });
  },
};

export const NoSplitDark: Story = {
  name: "One gray series, dark theme",
  args: { split: "none", dark: true },
  play: async ({ canvasElement }) => {
    expect(canvasElement.querySelectorAll("path[data-status]")).toHaveLength(0);
    expect(canvasElement.querySelector(".tl-chart-area-all")?.getAttribute("d")).toMatch(/^M/);
  },
};
