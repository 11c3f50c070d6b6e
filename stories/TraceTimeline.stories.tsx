import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { assembleTraces } from "../src/assemble/index";
import { compileFilter } from "../src/filter/index";
import type { Trace } from "../src/model/Trace";
import { TraceTimeline, type TraceTimelineProps } from "../src/react/TraceTimeline/index";
import type { TraceNode } from "../src/model/TraceNode";
import { TracelensTheme } from "../src/react/theme/index";
import { generateLargeTrace, generateScenario, type ScenarioKind } from "../src/sample/index";

function scenario(kind: ScenarioKind): Trace {
  return assembleTraces(generateScenario(kind, { seed: 1 })).traces[0];
}

const large = new Map<number, Trace>();
/** One trace of about `entities` entities (cached: the stress stories share it with replays). */
function largeTrace(entities: number): Trace {
  let trace = large.get(entities);
  if (trace === undefined) {
    trace = assembleTraces(generateLargeTrace({ entities, seed: 1, shape: "mixed" })).traces[0];
    large.set(entities, trace);
  }
  return trace;
}

/** Which trace a story shows: a workload scenario or a large generated trace. */
type Data = ScenarioKind | "large-10k" | "large-100k";
const LARGE: Readonly<Record<string, number>> = { "large-10k": 10_000, "large-100k": 100_000 };
const scenarios = new Map<string, Trace>();
function traceFor(data: Data): Trace {
  if (data in LARGE) return largeTrace(LARGE[data]);
  let trace = scenarios.get(data);
  if (trace === undefined) {
    trace = scenario(data as ScenarioKind);
    scenarios.set(data, trace);
  }
  return trace;
}

/** Story args: the props, with the trace named by `data` (args stay JSON; traces have cycles). */
type Args = Omit<TraceTimelineProps, "trace" | "filter"> & {
  readonly data: Data;
  /** A filter expression (X-Ray syntax) turned into the node predicate. */
  readonly filterExpression?: string;
};

function Timeline({ data, filterExpression, ...props }: Args) {
  const trace = traceFor(data);
  const filter =
    filterExpression === undefined
      ? null
      : (node: TraceNode) => compileFilter(filterExpression).matchesNode(node, trace);
  return <TraceTimeline {...props} trace={trace} filter={filter} />;
}

const meta = {
  title: "TraceTimeline",
  component: Timeline,
  args: { data: "web-s3", onSelect: fn(), height: 900 },
  argTypes: { data: { control: "select" } },
  parameters: { layout: "padded" },
} satisfies Meta<typeof Timeline>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Data rows (the header row excluded). */
function dataRows(canvas: HTMLElement): HTMLElement[] {
  return within(canvas).getAllByRole("row").slice(1);
}
/** The nth row showing `name`; group rows only when `group` is true. */
function rowNamed(canvas: HTMLElement, name: string, nth = 0, group = false): HTMLElement {
  const found = dataRows(canvas).filter(
    (r) =>
      r.querySelector(".tl-timeline-label")?.textContent === name &&
      (r.dataset.kind === "group") === group,
  );
  if (found[nth] === undefined) throw new Error(`no row named ${name}`);
  return found[nth];
}
function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole("gridcell")
    .slice(1, 4)
    .map((c) => c.textContent ?? "");
}

export const WebServiceWithS3: Story = {
  name: "Web service with S3 calls",
  args: { data: "web-s3" },
  play: async ({ canvasElement, args }) => {
    const canvas = canvasElement;
    // A group row per service (name and origin), then its segment and subsegments.
    const group = dataRows(canvas)[0];
    expect(group.textContent).toContain("storefront-api/prod");
    expect(group.textContent).toContain("AWS::APIGateway::Stage");
    const service = rowNamed(canvas, "orders-service");
    expect(cellTexts(service)).toEqual(["200", expect.stringMatching(/ms$/), "OK"]);
    expect(rowNamed(canvas, "S3").getAttribute("aria-level")).toBe("4");
    expect(rowNamed(canvas, "storefront-products").textContent).toContain("inferred");

    // Collapsing a row hides its children.
    const load = rowNamed(canvas, "## load_product");
    const level = Number(load.getAttribute("aria-level"));
    const after = () => dataRows(canvas)[dataRows(canvas).indexOf(load) + 1];
    expect(Number(after().getAttribute("aria-level"))).toBe(level + 1);
    const before = dataRows(canvas).length;
    await userEvent.click(load.querySelector(".tl-timeline-toggle")!);
    await waitFor(() => expect(load.getAttribute("aria-expanded")).toBe("false"));
    expect(Number(after().getAttribute("aria-level"))).toBeLessThanOrEqual(level);
    expect(dataRows(canvas).length).toBeLessThan(before);
    await userEvent.click(load.querySelector(".tl-timeline-toggle")!);
    await waitFor(() => expect(Number(after().getAttribute("aria-level"))).toBe(level + 1));

    // Keyboard: arrows move the focus ring, Enter selects.
    dataRows(canvas)[0].focus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(document.activeElement?.querySelector(".tl-timeline-label")?.textContent).toBe(
      "orders.internal.storefront.example.com",
    );
    await userEvent.keyboard("{Enter}");
    expect(args.onSelect).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.getAttribute("aria-selected")).toBe("true");
  },
};

export const FaultFileNotFound: Story = {
  name: "Fault with FileNotFoundError",
  args: { data: "fault-file-not-found" },
  play: async ({ canvasElement }) => {
    const render = rowNamed(canvasElement, "## render_invoice");
    expect(cellTexts(render)[2]).toBe("Fault");
    expect(cellTexts(rowNamed(canvasElement, "orders-service"))).toEqual([
      "500",
      expect.any(String),
      "Fault",
    ]);
    // Search finds the exception type; Enter in the box jumps to the match.
    const box = within(canvasElement).getByRole("searchbox", { name: "Search rows" });
    await userEvent.type(box, "FileNotFound");
    await waitFor(() =>
      expect(within(canvasElement).getByTestId("tl-match-count").textContent).toBe("1 match"),
    );
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(render));
    expect(within(canvasElement).getByTestId("tl-match-count").textContent).toBe("1 of 1 match");
  },
};

export const LambdaAsync: Story = {
  name: "Asynchronous Lambda invocation",
  args: { data: "lambda-async", height: 2400 },
  play: async ({ canvasElement }) => {
    for (const name of ["Dwell Time", "Initialization", "Invocation", "Overhead"]) {
      expect(rowNamed(canvasElement, name)).toBeTruthy();
    }
    expect(cellTexts(rowNamed(canvasElement, "Attempt", 0))[2]).toBe("Fault");
    expect(cellTexts(rowNamed(canvasElement, "Attempt", 1))[2]).toBe("OK");
    const fn = dataRows(canvasElement).find((r) =>
      r.textContent?.includes("AWS::Lambda::Function"),
    );
    expect(fn?.getAttribute("aria-level")).toBe("1");
    // Critical path on demand, stepped through with c.
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Critical path" }));
    await waitFor(() =>
      expect(canvasElement.querySelectorAll(".tl-timeline-row-critical").length).toBeGreaterThan(2),
    );
    dataRows(canvasElement)[0].focus();
    await userEvent.keyboard("c");
    await waitFor(() =>
      expect(document.activeElement?.classList.contains("tl-timeline-row-critical")).toBe(true),
    );
  },
};

export const InProgress: Story = {
  name: "In-progress trace",
  args: { data: "in-progress" },
  play: async ({ canvasElement }) => {
    const pending = rowNamed(canvasElement, "payments.example.com");
    expect(cellTexts(pending)).toEqual(["", "in progress", "Pending"]);
    expect(pending.querySelector(".tl-timeline-bar-pending")).not.toBeNull();
    // Drawn to the end of the trace: its bar ends at the right edge.
    const bar = pending.querySelector<HTMLElement>(".tl-timeline-bar")!;
    expect(parseFloat(bar.style.left) + parseFloat(bar.style.width)).toBeCloseTo(100, 1);
  },
};

export const Orphans: Story = {
  name: "Trace with orphans",
  args: { data: "orphans", height: 1600 },
  play: async ({ canvasElement }) => {
    const orphans = canvasElement.querySelectorAll(".tl-timeline-badge");
    const expected = [...traceFor("orphans").nodes.values()].filter((n) => n.orphan).length;
    expect(expected).toBeGreaterThan(0);
    expect([...orphans].filter((b) => b.textContent === "orphan").length).toBe(expected);
    expect(
      rowNamed(canvasElement, "Orphaned subsegments", 0, true).getAttribute("aria-level"),
    ).toBe("1");
  },
};

export const FilterFaults: Story = {
  name: "Filter: faults only",
  args: {
    data: "lambda-async",
    filterExpression: "fault",
    defaultFilterMode: "hide",
    height: 2400,
  },
  play: async ({ canvasElement }) => {
    const names = dataRows(canvasElement).map(
      (r) => r.querySelector(".tl-timeline-label")?.textContent,
    );
    expect(names).toContain("Attempt");
    expect(names).not.toContain("Dwell Time");
    await userEvent.selectOptions(within(canvasElement).getByRole("combobox"), "dim");
    await waitFor(() =>
      expect(rowNamed(canvasElement, "Dwell Time").classList).toContain("tl-timeline-row-dimmed"),
    );
  },
};

function stressPlay(total: number): Story["play"] {
  return async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole("treegrid");
    expect(Number(grid.getAttribute("aria-rowcount"))).toBeGreaterThan(total);
    const bound = 420 / 24 + 2 * 4 + 2;
    expect(dataRows(canvasElement).length).toBeLessThanOrEqual(bound);
    dataRows(canvasElement)[0].focus();
    await userEvent.keyboard("{End}");
    await waitFor(() =>
      expect(document.activeElement?.getAttribute("aria-rowindex")).toBe(
        grid.getAttribute("aria-rowcount"),
      ),
    );
    expect(dataRows(canvasElement).length).toBeLessThanOrEqual(bound);
  };
}

export const Stress10k: Story = {
  name: "Stress: 10,000 rows",
  args: { data: "large-10k", height: 420 },
  loaders: [async () => ({ trace: largeTrace(10_000) })],
  play: stressPlay(10_000),
};

export const Stress100k: Story = {
  name: "Stress: 100,000 rows",
  args: { data: "large-100k", height: 420 },
  loaders: [async () => ({ trace: largeTrace(100_000) })],
  play: stressPlay(100_000),
};

export const Dark: Story = {
  name: "Dark theme",
  args: { data: "fault-file-not-found", defaultShowCriticalPath: true },
  render: (args) => (
    <TracelensTheme theme="dark" style={{ padding: 12 }}>
      <Timeline {...args} />
    </TracelensTheme>
  ),
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector(".tl-timeline")!;
    expect(getComputedStyle(timeline).backgroundColor).toBe("rgb(22, 25, 31)");
    const bar = rowNamed(canvasElement, "## render_invoice").querySelector(".tl-timeline-bar")!;
    expect(getComputedStyle(bar).backgroundColor).toBe("rgb(255, 106, 85)");
  },
};
