import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TraceSummaryLike } from "../../../src/analytics/index";
import { compileFilter, parseFilter } from "../../../src/filter/index";
import { TraceList } from "../../../src/react/TraceList/index";
import { sampleTraces } from "../../../src/sample/index";

afterEach(cleanup);

const T0 = 1_700_000_000;
const light = (i: number, fields: Partial<TraceSummaryLike> = {}): TraceSummaryLike => ({
  Id: `1-6553f100-${String(i).padStart(24, "0")}`,
  StartTime: T0 + i * 10,
  Duration: 0.5,
  ResponseTime: 0.5,
  HasFault: false,
  HasError: false,
  HasThrottle: false,
  Http: { HttpURL: "https://x/a", HttpMethod: "GET", HttpStatus: 200, ClientIp: "10.0.0.1" },
  ...fields,
});

const five = [
  light(0, { ResponseTime: 0.3 }),
  light(1, {
    ResponseTime: 0.05,
    Http: { HttpURL: "https://x/b", HttpStatus: 500 },
    HasFault: true,
  }),
  light(2, { ResponseTime: undefined }),
  light(3, {
    ResponseTime: 1.2,
    Http: { HttpURL: "https://x/b", HttpStatus: 404 },
    HasError: true,
  }),
  light(4, { ResponseTime: 0.2 }),
];

const dataRows = () => screen.getAllByRole("row").filter((r) => r.dataset.traceId !== undefined);
const ids = () => dataRows().map((r) => Number(r.dataset.traceId!.slice(-3)));
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole("gridcell")
    .map((c) => c.textContent);

describe("TraceList rows", () => {
  it("lists traces newest first with the console's columns; ages count from the latest end", () => {
    render(<TraceList traces={five} groupBy={null} />);
    const grid = screen.getByRole("grid", { name: "Traces" });
    expect(
      within(grid)
        .getAllByRole("columnheader")
        .map((h) => h.textContent?.replace(/[▲▼ ]+$/, "")),
    ).toEqual([
      "ID",
      "Age",
      "Method",
      "Response",
      "Response time",
      "URL",
      "Client IP",
      "Annotations",
    ]);
    expect(grid.getAttribute("aria-rowcount")).toBe("6");
    expect(ids()).toEqual([4, 3, 2, 1, 0]);
    // now = 40.5 s after T0: trace 0 is 40 s old, trace 4 started 0.5 s before now.
    expect(cells(dataRows()[4])).toEqual([
      five[0].Id,
      "40 s",
      "GET",
      "200",
      "300 ms",
      "https://x/a",
      "10.0.0.1",
      "0",
    ]);
    expect(cells(dataRows()[3])[3]).toBe("500 Fault");
    expect(cells(dataRows()[2])[4]).toBe("—");
  });

  it("measures ages from an explicit now", () => {
    render(<TraceList traces={five} groupBy={null} now={T0 + 100} />);
    expect(cells(dataRows()[0])[1]).toBe("1.0 min");
    expect(cells(dataRows()[4])[1]).toBe("1.7 min");
  });

  it("renders trace strings as text, never as markup", () => {
    const evil = light(0, { Http: { HttpURL: '<img src=x onerror="globalThis.pwned=1">' } });
    const { container } = render(<TraceList traces={[evil]} />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getAllByText('<img src=x onerror="globalThis.pwned=1">').length).toBe(2);
  });
});

describe("TraceList sorting", () => {
  it("sorts by a column from its header, reverses on the second press, keeps missing values last", async () => {
    const onSortChange = vi.fn();
    render(<TraceList traces={five} groupBy={null} onSortChange={onSortChange} />);
    const header = () => screen.getByRole("columnheader", { name: /Response time/ });
    expect(header().getAttribute("aria-sort")).toBe("none");
    await userEvent.click(within(header()).getByRole("button"));
    expect(header().getAttribute("aria-sort")).toBe("ascending");
    expect(ids()).toEqual([1, 4, 0, 3, 2]);
    await userEvent.click(within(header()).getByRole("button"));
    expect(header().getAttribute("aria-sort")).toBe("descending");
    expect(ids()).toEqual([3, 0, 4, 1, 2]);
    expect(onSortChange).toHaveBeenLastCalledWith({
      column: "responseTime",
      direction: "descending",
    });
  });

  it("sorts from the keyboard (Enter on a header button)", async () => {
    render(<TraceList traces={five} groupBy={null} />);
    const button = within(screen.getByRole("columnheader", { name: /Response$/ })).getByRole(
      "button",
    );
    button.focus();
    await userEvent.keyboard("{Enter}");
    expect(ids()).toEqual([0, 2, 4, 3, 1]);
  });

  it("follows a controlled sort", () => {
    const { rerender } = render(
      <TraceList traces={five} groupBy={null} sort={{ column: "age", direction: "descending" }} />,
    );
    expect(ids()).toEqual([0, 1, 2, 3, 4]);
    rerender(
      <TraceList traces={five} groupBy={null} sort={{ column: "url", direction: "descending" }} />,
    );
    expect(ids().slice(0, 2)).toEqual([3, 1]);
  });
});

describe("TraceList selection and keyboard", () => {
  it("moves a roving focus with arrows, Home and End, and selects with Enter", async () => {
    const onSelect = vi.fn();
    render(<TraceList traces={five} groupBy={null} onSelect={onSelect} />);
    const rows = dataRows();
    expect(rows.map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    rows[0].focus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect((document.activeElement as HTMLElement).dataset.traceId).toBe(five[2].Id);
    await userEvent.keyboard("{End}");
    expect((document.activeElement as HTMLElement).dataset.traceId).toBe(five[0].Id);
    await userEvent.keyboard("{Home}{ArrowDown}{ArrowUp}{ArrowDown}");
    expect((document.activeElement as HTMLElement).dataset.traceId).toBe(five[3].Id);
    await userEvent.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0][0]).toBe(five[3]);
    expect(document.activeElement?.getAttribute("aria-selected")).toBe("true");
    expect(dataRows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });

  it("selects a clicked row and passes the item as given (an assembled trace)", async () => {
    const traces = sampleTraces({ traces: 20, seed: 4 });
    const onSelect = vi.fn();
    render(<TraceList traces={traces} onSelect={onSelect} />);
    await userEvent.click(dataRows()[2]);
    expect(onSelect.mock.calls[0][0]).toBe(
      traces.find((t) => t.id === dataRows()[2].dataset.traceId),
    );
  });
});

describe("TraceList overview", () => {
  it("groups by URL and asks for the group's filter expression", async () => {
    const traces = sampleTraces({ traces: 60, seed: 2 });
    const onFilterChange = vi.fn();
    render(<TraceList traces={traces} onFilterChange={onFilterChange} />);
    const table = screen.getByRole("table", { name: "Trace overview by URL" });
    const first = within(table).getAllByRole("row")[1];
    const url = within(first).getByRole("button").textContent!;
    const count = traces.filter((t) => t.summary.Http.HttpURL === url).length;
    expect(within(first).getAllByRole("cell")[1].textContent).toBe(
      `${((count / traces.length) * 100).toFixed(1)}%`,
    );
    await userEvent.click(within(first).getByRole("button"));
    const expression = onFilterChange.mock.calls[0][0] as string;
    expect(expression).toBe(`http.url = "${url}"`);
    expect(parseFilter(expression).diagnostics).toEqual([]);
    expect(traces.filter((t) => compileFilter(expression).matchesTrace(t)).length).toBe(count);
  });

  it("regroups by another field from its menu", () => {
    const onGroupByChange = vi.fn();
    render(<TraceList traces={five} onGroupByChange={onGroupByChange} />);
    fireEvent.change(screen.getByRole("combobox", { name: /Group by/ }), {
      target: { value: "http.status" },
    });
    expect(onGroupByChange).toHaveBeenCalledWith("http.status");
    const table = screen.getByRole("table", { name: "Trace overview by Status code" });
    expect(
      within(table)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["200", "404", "500"]);
  });
});

describe("TraceList virtualization", () => {
  it("keeps the DOM rows bounded for 100,000 traces", () => {
    const many = Array.from({ length: 100_000 }, (_, i) => light(i));
    render(<TraceList traces={many} height={400} rowHeight={25} groupBy={null} />);
    expect(screen.getByRole("grid").getAttribute("aria-rowcount")).toBe("100001");
    const rendered = dataRows().length;
    expect(rendered).toBeGreaterThanOrEqual(16);
    expect(rendered).toBeLessThanOrEqual(400 / 25 + 2 * 6 + 1);
  });
});
