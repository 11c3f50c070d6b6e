import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import type { TraceSummaryLike } from "../src/analytics/index";
import { compileFilter, parseFilter } from "../src/filter/index";
import type { Trace } from "../src/model/Trace";
import { TraceList, type TraceListProps } from "../src/react/TraceList/index";
import { TracelensTheme } from "../src/react/theme/index";
import { sampleTraces } from "../src/sample/index";

// Traces are not story args (they have cycles): stories pick module-level data by name.
const workload = sampleTraces({ traces: 400, seed: 7 });

/** A million light rows (only the fields the list shows), built in about a second. */
function millionRows(): readonly TraceSummaryLike[] {
  const methods = ["GET", "POST", "PUT", "DELETE"];
  const paths = ["/api/orders", "/api/products", "/api/cart", "/api/users", "/health"];
  const http: TraceSummaryLike["Http"][] = [];
  for (let i = 0; i < 200; i++) {
    const status = i % 23 === 0 ? 500 : i % 17 === 0 ? 429 : i % 11 === 0 ? 404 : 200;
    http.push({
      HttpMethod: methods[i % 4],
      HttpURL: `https://shop.example.com${paths[i % 5]}/${i % 40}`,
      HttpStatus: status,
      ClientIp: `198.51.100.${i % 250}`,
    });
  }
  const rows: TraceSummaryLike[] = new Array(1_000_000);
  let seed = 12345;
  for (let i = 0; i < rows.length; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const h = http[seed % 200]!;
    const rt = 0.02 + ((seed >>> 8) % 100_000) / 40_000;
    const start = 1_700_000_000 + i * 0.0036;
    rows[i] = {
      Id: `1-${Math.floor(start).toString(16)}-${i.toString(16).padStart(24, "0")}`,
      StartTime: start,
      Duration: rt,
      ResponseTime: rt,
      HasFault: h.HttpStatus === 500,
      HasError: h.HttpStatus === 404 || h.HttpStatus === 429,
      HasThrottle: h.HttpStatus === 429,
      Http: h,
    };
  }
  return rows;
}
let million: readonly TraceSummaryLike[] | null = null;

type Data = "workload" | "million";
type Args = Omit<TraceListProps, "traces"> & { readonly data: Data; readonly dark?: boolean };

function List({ data, dark, ...props }: Args) {
  const traces = data === "workload" ? workload : (million ??= millionRows());
  return (
    <TracelensTheme theme={dark === true ? "dark" : "light"} style={{ padding: 8 }}>
      <TraceList {...props} traces={traces} />
    </TracelensTheme>
  );
}

const meta = {
  title: "TraceList",
  component: List,
  args: { data: "workload", onSelect: fn(), onFilterChange: fn(), onSortChange: fn(), height: 360 },
  argTypes: { data: { control: "select", options: ["workload", "million"] } },
  parameters: { layout: "padded" },
} satisfies Meta<typeof List>;
export default meta;
type Story = StoryObj<typeof meta>;

const dataRows = (canvas: HTMLElement) =>
  within(canvas)
    .getAllByRole("row")
    .filter((r) => r.dataset.traceId !== undefined);

export const Workload: Story = {
  name: "Workload traces",
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const grid = canvas.getByRole("grid", { name: "Traces" });
    expect(grid.getAttribute("aria-rowcount")).toBe(String(workload.length + 1));
    // Newest first by default.
    const newest = workload.reduce((m, t) => (t.summary.StartTime > m.summary.StartTime ? t : m));
    expect(dataRows(canvasElement)[0].dataset.traceId).toBe(newest.id);

    // Sorting by response time (twice: slowest first) changes the first row.
    const header = canvas.getByRole("columnheader", { name: /Response time/ });
    await userEvent.click(within(header).getByRole("button"));
    await userEvent.click(within(header).getByRole("button"));
    expect(header.getAttribute("aria-sort")).toBe("descending");
    const slowest = workload.reduce((m, t) =>
      (t.summary.ResponseTime ?? -1) > (m.summary.ResponseTime ?? -1) ? t : m,
    );
    await waitFor(() => expect(dataRows(canvasElement)[0].dataset.traceId).toBe(slowest.id));
    expect(args.onSortChange).toHaveBeenLastCalledWith({
      column: "responseTime",
      direction: "descending",
    });

    // Keyboard: focus the first row, move down, Enter selects.
    dataRows(canvasElement)[0].focus();
    await userEvent.keyboard("{ArrowDown}{Enter}");
    expect(args.onSelect).toHaveBeenCalledTimes(1);
    const chosen = (args.onSelect as ReturnType<typeof fn>).mock.calls[0][0] as Trace;
    expect(chosen.id).toBe(dataRows(canvasElement)[1].dataset.traceId);
    expect(document.activeElement?.getAttribute("aria-selected")).toBe("true");

    // The overview's first URL group asks for its filter expression.
    const table = canvas.getByRole("table", { name: "Trace overview by URL" });
    const group = within(table).getAllByRole("button")[0];
    const url = group.textContent!;
    await userEvent.click(group);
    expect(args.onFilterChange).toHaveBeenCalledWith(`http.url = "${url}"`);
    const expression = (args.onFilterChange as ReturnType<typeof fn>).mock.calls[0][0] as string;
    expect(parseFilter(expression).diagnostics).toEqual([]);
    const count = workload.filter((t) => compileFilter(expression).matchesTrace(t)).length;
    expect(count).toBe(workload.filter((t) => t.summary.Http.HttpURL === url).length);
  },
};

export const GroupedByStatus: Story = {
  name: "Overview grouped by status code",
  args: { defaultGroupBy: "http.status" },
  play: async ({ canvasElement, args }) => {
    const table = within(canvasElement).getByRole("table", {
      name: "Trace overview by Status code",
    });
    const buttons = within(table).getAllByRole("button");
    expect(buttons[0].textContent).toBe("200");
    const fault = buttons.find((b) => b.textContent === "500")!;
    await userEvent.click(fault);
    expect(args.onFilterChange).toHaveBeenCalledWith("http.status = 500");
  },
};

export const MillionRows: Story = {
  name: "1,000,000 traces",
  args: { data: "million", defaultGroupBy: "http.method", height: 420 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole("grid", {}, { timeout: 20_000 });
    expect(grid.getAttribute("aria-rowcount")).toBe("1000001");
    const bound = Math.ceil(420 / 28) + 2 * 6 + 1;
    expect(dataRows(canvasElement).length).toBeLessThanOrEqual(bound);
    // Scroll to the middle: still only the rows in view.
    const scroller = canvasElement.querySelector<HTMLElement>(".tl-tracelist-scroll")!;
    scroller.scrollTop = 500_000 * 28;
    await waitFor(() =>
      expect(Number(dataRows(canvasElement)[0].getAttribute("aria-rowindex"))).toBeGreaterThan(
        400_000,
      ),
    );
    expect(dataRows(canvasElement).length).toBeLessThanOrEqual(bound);
    // Sort a million rows by response time, then End goes to the last row.
    const header = canvas.getByRole("columnheader", { name: /Response time/ });
    await userEvent.click(within(header).getByRole("button"));
    await waitFor(() => expect(header.getAttribute("aria-sort")).toBe("ascending"));
    dataRows(canvasElement)[0].focus();
    await userEvent.keyboard("{End}");
    await waitFor(() =>
      expect(document.activeElement?.getAttribute("aria-rowindex")).toBe("1000001"),
    );
    expect(dataRows(canvasElement).length).toBeLessThanOrEqual(bound);
  },
};

export const Dark: Story = {
  name: "Dark theme",
  args: { dark: true, defaultSort: { column: "responseTime", direction: "descending" } },
  play: async ({ canvasElement }) => {
    const header = within(canvasElement).getByRole("columnheader", { name: /Response time/ });
    expect(header.getAttribute("aria-sort")).toBe("descending");
  },
};
