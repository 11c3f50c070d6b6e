import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TraceTimeline } from "../../../src/react/TraceTimeline/index";
import { timelineGroupId } from "../../../src/timeline/index";
import { seg, sub, traceFrom, webServiceDocuments } from "../../timeline/support/buildTrace";

afterEach(cleanup);

const trace = traceFrom(webServiceDocuments(), { inferSegments: false });
const rowNames = () =>
  screen
    .getAllByRole("row")
    .slice(1)
    .map((row) => row.querySelector(".tl-timeline-label")?.textContent);
const row = (name: string) =>
  screen
    .getAllByRole("row")
    .find((r) => r.querySelector(".tl-timeline-label")?.textContent === name)!;

describe("TraceTimeline rows", () => {
  it("shows a group row per service, then its segment and subsegments, with the console's columns", () => {
    render(<TraceTimeline trace={trace} overview={false} />);
    const grid = screen.getByRole("treegrid", { name: "Trace timeline" });
    expect(
      within(grid)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Name", "Res.", "Duration", "Status", expect.stringContaining("Timeline")]);
    expect(rowNames()).toEqual([
      "api",
      "api",
      "DynamoDB",
      "S3",
      "worker-call",
      "prep",
      "worker",
      "worker",
      "compute",
    ]);
    const worker = screen.getAllByRole("row").find((r) => r.dataset.rowId === "b000000000000001")!;
    expect(
      within(worker)
        .getAllByRole("gridcell")
        .slice(1, 4)
        .map((c) => c.textContent),
    ).toEqual(["500", "280 ms", "Fault"]);
    expect(grid.getAttribute("aria-rowcount")).toBe("10");
  });

  it("exposes tree levels, expansion and row indices to assistive technology", () => {
    render(<TraceTimeline trace={trace} overview={false} />);
    const group = screen.getAllByRole("row")[1];
    expect(group.getAttribute("aria-level")).toBe("1");
    expect(group.getAttribute("aria-expanded")).toBe("true");
    expect(group.getAttribute("aria-rowindex")).toBe("2");
    expect(row("prep").getAttribute("aria-level")).toBe("4");
    expect(row("prep").hasAttribute("aria-expanded")).toBe(false);
    expect(group.textContent).toContain("AWS::EC2::Instance");
  });

  it("renders names from trace data as text, never as markup", () => {
    const docs = webServiceDocuments();
    (docs[1] as { name: string }).name = '<img src=x onerror="globalThis.pwned=1">';
    const { container } = render(
      <TraceTimeline trace={traceFrom(docs, { inferSegments: false })} overview={false} />,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getAllByText('<img src=x onerror="globalThis.pwned=1">').length).toBeGreaterThan(
      0,
    );
  });
});

describe("TraceTimeline selection and collapse", () => {
  it("selects a clicked row and calls onSelect with its node", async () => {
    const onSelect = vi.fn();
    render(<TraceTimeline trace={trace} onSelect={onSelect} overview={false} />);
    await userEvent.click(row("S3"));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0][0].id).toBe("a000000000000003");
    expect(row("S3").getAttribute("aria-selected")).toBe("true");
    expect(row("prep").getAttribute("aria-selected")).toBe("false");
  });

  it("follows a controlled selectedId", () => {
    const { rerender } = render(
      <TraceTimeline trace={trace} selectedId="a000000000000002" overview={false} />,
    );
    expect(row("DynamoDB").getAttribute("aria-selected")).toBe("true");
    rerender(<TraceTimeline trace={trace} selectedId="b000000000000002" overview={false} />);
    expect(row("DynamoDB").getAttribute("aria-selected")).toBe("false");
    expect(row("compute").getAttribute("aria-selected")).toBe("true");
  });

  it("collapses a row's subtree from its toggle, and reports it when controlled", async () => {
    const onCollapsedChange = vi.fn();
    const { rerender } = render(
      <TraceTimeline
        trace={trace}
        collapsed={new Set()}
        onCollapsedChange={onCollapsedChange}
        overview={false}
      />,
    );
    await userEvent.click(row("worker-call").querySelector(".tl-timeline-toggle")!);
    expect([...onCollapsedChange.mock.calls[0][0]]).toEqual(["a000000000000004"]);
    expect(rowNames()).toContain("prep"); // controlled: nothing changes until the parent says so
    rerender(
      <TraceTimeline
        trace={trace}
        collapsed={onCollapsedChange.mock.calls[0][0]}
        overview={false}
      />,
    );
    expect(rowNames()).not.toContain("prep");
    expect(row("worker-call").getAttribute("aria-expanded")).toBe("false");
  });

  it("collapse all, expand one level and expand all change the visible rows", async () => {
    render(<TraceTimeline trace={trace} overview={false} />);
    await userEvent.click(screen.getByRole("button", { name: "Collapse all" }));
    expect(rowNames()).toEqual(["api", "worker"]);
    await userEvent.click(screen.getByRole("button", { name: "Expand one level" }));
    expect(rowNames()).toEqual(["api", "api", "worker", "worker"]);
    await userEvent.click(screen.getByRole("button", { name: "Expand all" }));
    expect(rowNames().length).toBe(9);
  });

  it("starts from defaultCollapsed when uncontrolled", () => {
    render(
      <TraceTimeline
        trace={trace}
        defaultCollapsed={new Set([timelineGroupId("api", "AWS::EC2::Instance")])}
        overview={false}
      />,
    );
    expect(rowNames()).toEqual(["api", "worker", "worker", "compute"]);
  });
});

describe("TraceTimeline filter and critical path", () => {
  const isCompute = (node: { name: string }) => node.name === "compute";

  it("dims rows that do not match the filter", () => {
    render(<TraceTimeline trace={trace} filter={isCompute} overview={false} />);
    expect(row("compute").classList.contains("tl-timeline-row-dimmed")).toBe(false);
    expect(row("prep").classList.contains("tl-timeline-row-dimmed")).toBe(true);
    expect(rowNames().length).toBe(9);
  });

  it("hides non-matching rows but keeps the ancestors of matches", async () => {
    render(<TraceTimeline trace={trace} filter={isCompute} overview={false} />);
    await userEvent.selectOptions(screen.getByRole("combobox"), "hide");
    expect(rowNames()).toEqual(["worker", "worker", "compute"]);
  });

  it("highlights the critical path on demand and steps through it", async () => {
    const parallel = traceFrom([
      seg("a000000000000001", "api", 0, 10, {
        subsegments: [sub("a000000000000002", "fast", 1, 5), sub("a000000000000003", "slow", 2, 9)],
      }),
    ]);
    render(<TraceTimeline trace={parallel} overview={false} />);
    expect(document.querySelectorAll(".tl-timeline-critical").length).toBe(0);
    await userEvent.click(screen.getByRole("button", { name: "Critical path" }));
    expect(screen.getByRole("button", { name: "Critical path" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    expect(row("slow").classList.contains("tl-timeline-row-critical")).toBe(true);
    expect(row("fast").classList.contains("tl-timeline-row-critical")).toBe(false);
    expect(row("slow").querySelectorAll(".tl-timeline-critical").length).toBe(1);
    await userEvent.click(screen.getByRole("button", { name: "Next critical" }));
    expect((document.activeElement as HTMLElement).dataset.rowId).toBe("a000000000000001");
    await userEvent.click(screen.getByRole("button", { name: "Next critical" }));
    expect((document.activeElement as HTMLElement).dataset.rowId).toBe("a000000000000003");
    await userEvent.click(screen.getByRole("button", { name: "Previous critical" }));
    expect((document.activeElement as HTMLElement).dataset.rowId).toBe("a000000000000001");
  });
});

describe("TraceTimeline virtualization", () => {
  it("keeps the DOM rows bounded for a 10,000-row trace", () => {
    const subs = Array.from({ length: 10_000 }, (_, i) =>
      sub((i + 2).toString(16).padStart(16, "0"), `op-${i}`, i / 10_000, (i + 1) / 10_000),
    );
    const big = traceFrom([seg("0000000000000001", "big", 0, 1, { subsegments: subs })]);
    render(<TraceTimeline trace={big} height={480} rowHeight={24} overview={false} />);
    const grid = screen.getByRole("treegrid");
    expect(grid.getAttribute("aria-rowcount")).toBe("10003");
    const rendered = screen.getAllByRole("row").length - 1;
    expect(rendered).toBeGreaterThanOrEqual(20);
    expect(rendered).toBeLessThanOrEqual(480 / 24 + 2 * 4 + 1);
  });
});
