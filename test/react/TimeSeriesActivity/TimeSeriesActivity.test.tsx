import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compareTraceSets } from "../../../src/analytics/index";
import type { TraceSummary } from "../../../src/model/index";
import { TimeSeriesActivity } from "../../../src/react/TimeSeriesActivity/index";
import { summary } from "../../analytics/support/summary";

afterEach(cleanup);

const T0 = 1_700_000_400; // a multiple of 60 and 120
const traces: TraceSummary[] = Array.from({ length: 120 }, (_, i) =>
  summary({
    StartTime: T0 + i * 30,
    HasFault: i % 10 === 0,
    HasError: i % 7 === 0,
    Http: { HttpMethod: i % 2 === 0 ? "GET" : "POST" },
  }),
);
const cmp = compareTraceSets(
  {
    all: traces,
    a: traces.filter((t) => t.Http.HttpMethod === "GET"),
    b: traces.filter((t) => t.Http.HttpMethod === "POST"),
  },
  { period: 300 },
);

const frame = () => screen.getByRole("group", { name: "Time series activity" });

describe("TimeSeriesActivity", () => {
  it("stacks all traces by status and draws A and B as lines", () => {
    const { container } = render(
      <TimeSeriesActivity
        all={cmp.all!.timeSeries}
        a={cmp.a.timeSeries}
        b={cmp.b.timeSeries}
        width={700}
      />,
    );
    expect(
      [...container.querySelectorAll("path[data-status]")].map((p) =>
        p.getAttribute("data-status"),
      ),
    ).toEqual(["ok", "error", "throttle", "fault"]);
    expect(container.querySelector('path[data-series="a"]')?.getAttribute("d")).toMatch(/^M/);
    expect(container.querySelector('path[data-series="b"]')?.getAttribute("class")).toBe(
      "tl-chart-line-b",
    );
    expect(container.querySelector(".tl-chart-area-all")).toBeNull();
    const ticks = [...container.querySelectorAll(".tl-chart-axis-bottom .tl-chart-tick-label")];
    expect(ticks.length).toBeGreaterThan(2);
  });

  it("draws one gray area without the status split", () => {
    const { container } = render(
      <TimeSeriesActivity all={cmp.all!.timeSeries} split="none" width={700} />,
    );
    expect(container.querySelectorAll("path[data-status]")).toHaveLength(0);
    expect(container.querySelector(".tl-chart-area-all")?.getAttribute("d")).toMatch(/^M/);
  });

  it("gives totals by status and the busiest period in its text alternative", () => {
    render(<TimeSeriesActivity all={cmp.all!.timeSeries} a={cmp.a.timeSeries} width={700} />);
    const all = cmp.all!.timeSeries.buckets;
    const faults = all.reduce((s, b) => s + b.fault, 0);
    const text = screen.getByTestId("tl-chart-summary").textContent!;
    expect(text).toContain("Time series activity from 2023-11-14 22:20 UTC");
    expect(text).toContain("in 5-minute periods");
    expect(text).toContain(`All traces: 120 traces (`);
    expect(text).toContain(`${faults} fault`);
    expect(text).toContain("Set A: 60 traces");
  });

  it("selects a window of whole periods from the keyboard", async () => {
    const onTimeRangeChange = vi.fn();
    render(
      <TimeSeriesActivity
        all={cmp.all!.timeSeries}
        width={700}
        onTimeRangeChange={onTimeRangeChange}
      />,
    );
    frame().focus();
    await userEvent.keyboard("{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{/Shift}{Enter}");
    const buckets = cmp.all!.timeSeries.buckets;
    expect(onTimeRangeChange).toHaveBeenCalledWith({
      start: buckets[0].start,
      end: buckets[2].end,
    });
    await userEvent.keyboard("{Escape}");
    expect(onTimeRangeChange).toHaveBeenLastCalledWith(null);
  });

  it("shows a period's counts by status under the pointer", () => {
    const { container } = render(
      <TimeSeriesActivity all={cmp.all!.timeSeries} a={cmp.a.timeSeries} width={700} />,
    );
    fireEvent.pointerMove(frame(), { clientX: 48 + 2 });
    const b = cmp.all!.timeSeries.buckets[0];
    expect(container.querySelector(".tl-chart-tooltip")?.textContent).toBe(
      `2023-11-14 22:20 UTC: All traces ${b.total} (${b.ok} OK, ${b.error} error, ${b.throttle} throttle, ${b.fault} fault), Set A ${cmp.a.timeSeries.buckets[0].total}`,
    );
  });

  it("shows a controlled window as the brush selection", () => {
    const { container } = render(
      <TimeSeriesActivity
        all={cmp.all!.timeSeries}
        width={700}
        timeRange={{ start: T0 + 600, end: T0 + 1200 }}
      />,
    );
    const sel = container.querySelector(".tl-chart-brush .selection")!;
    expect(Number(sel.getAttribute("width"))).toBeGreaterThan(0);
  });
});
