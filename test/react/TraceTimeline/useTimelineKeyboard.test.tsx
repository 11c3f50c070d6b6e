import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TraceTimeline } from "../../../src/react/TraceTimeline/index";
import { traceFrom, webServiceDocuments } from "../../timeline/support/buildTrace";

afterEach(cleanup);

const trace = traceFrom(webServiceDocuments(), { inferSegments: false });
const focusedId = () => (document.activeElement as HTMLElement | null)?.dataset.rowId;
const dataRows = () => screen.getAllByRole("row").slice(1);
const byId = (id: string) => dataRows().find((r) => r.dataset.rowId === id)!;

describe("TraceTimeline keyboard (treegrid with roving focus)", () => {
  it("has exactly one tabbable row, reached with Tab, and moves it with the arrows", async () => {
    render(<TraceTimeline trace={trace} toolbar={false} overview={false} />);
    expect(dataRows().filter((r) => r.tabIndex === 0).length).toBe(1);
    await userEvent.tab();
    expect(document.activeElement).toBe(dataRows()[0]);
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(focusedId()).toBe("a000000000000002");
    expect(byId("a000000000000002").tabIndex).toBe(0);
    expect(dataRows().filter((r) => r.tabIndex === 0).length).toBe(1);
    await userEvent.keyboard("{ArrowUp}");
    expect(focusedId()).toBe("a000000000000001");
  });

  it("goes to the first and last row with Home and End", async () => {
    render(<TraceTimeline trace={trace} toolbar={false} overview={false} />);
    await userEvent.tab();
    await userEvent.keyboard("{End}");
    expect(focusedId()).toBe("b000000000000002");
    await userEvent.keyboard("{Home}");
    expect(focusedId()).toBe(dataRows()[0].dataset.rowId);
  });

  it("collapses with Left, expands with Right, then Right enters the first child", async () => {
    render(<TraceTimeline trace={trace} toolbar={false} overview={false} />);
    byId("a000000000000004").focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(byId("a000000000000004").getAttribute("aria-expanded")).toBe("false");
    expect(dataRows().some((r) => r.dataset.rowId === "a000000000000005")).toBe(false);
    expect(focusedId()).toBe("a000000000000004");
    await userEvent.keyboard("{ArrowRight}");
    expect(byId("a000000000000004").getAttribute("aria-expanded")).toBe("true");
    await userEvent.keyboard("{ArrowRight}");
    expect(focusedId()).toBe("a000000000000005");
  });

  it("moves from a leaf to its parent with Left", async () => {
    render(<TraceTimeline trace={trace} toolbar={false} overview={false} />);
    byId("a000000000000003").focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(focusedId()).toBe("a000000000000001");
  });

  it("selects the focused row with Enter and toggles a group row", async () => {
    const onSelect = vi.fn();
    render(<TraceTimeline trace={trace} onSelect={onSelect} toolbar={false} overview={false} />);
    byId("b000000000000002").focus();
    await userEvent.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith(trace.nodes.get("b000000000000002"));
    expect(byId("b000000000000002").getAttribute("aria-selected")).toBe("true");
    const group = dataRows()[0];
    group.focus();
    await userEvent.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(group.getAttribute("aria-expanded")).toBe("false");
  });
});

describe("TraceTimeline search", () => {
  it("counts matches and steps through them with n and N, wrapping around", async () => {
    render(<TraceTimeline trace={trace} overview={false} />);
    await userEvent.type(screen.getByRole("searchbox", { name: "Search rows" }), "worker");
    expect(screen.getByTestId("tl-match-count").textContent).toBe("2 matches");
    expect(document.querySelectorAll(".tl-timeline-row-match").length).toBe(2);
    dataRows()[0].focus();
    await userEvent.keyboard("n");
    expect(focusedId()).toBe("a000000000000004");
    expect(screen.getByTestId("tl-match-count").textContent).toBe("1 of 2 matches");
    await userEvent.keyboard("n");
    expect(focusedId()).toBe("b000000000000001");
    await userEvent.keyboard("n");
    expect(focusedId()).toBe("a000000000000004");
    await userEvent.keyboard("N");
    expect(focusedId()).toBe("b000000000000001");
    await userEvent.keyboard("{Shift>}{F3}{/Shift}");
    expect(focusedId()).toBe("a000000000000004");
  });

  it("expands collapsed ancestors to show the match it steps to", async () => {
    render(<TraceTimeline trace={trace} defaultSearch="prep" overview={false} />);
    await userEvent.click(screen.getByRole("button", { name: "Collapse all" }));
    expect(dataRows().length).toBe(2);
    await userEvent.click(screen.getByRole("button", { name: "Next match" }));
    expect(focusedId()).toBe("a000000000000005");
    expect(dataRows().length).toBe(7); // api group, api, its 3 calls, prep; worker group
  });

  it("reports no matches for text that is nowhere", async () => {
    render(<TraceTimeline trace={trace} overview={false} />);
    await userEvent.type(screen.getByRole("searchbox"), "zzz");
    expect(screen.getByTestId("tl-match-count").textContent).toBe("no matches");
    expect(screen.getByRole("button", { name: "Next match" })).toHaveProperty("disabled", true);
  });
});
