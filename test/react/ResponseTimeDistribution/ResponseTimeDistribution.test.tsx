import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { computeResponseTimeDistribution } from "../../../src/analytics/index";
import { compileFilter, parseFilter } from "../../../src/filter/index";
import type { TraceSummary } from "../../../src/model/index";
import { ResponseTimeDistribution } from "../../../src/react/ResponseTimeDistribution/index";
import { latencies } from "../../analytics/support/latencies";
import { summary } from "../../analytics/support/summary";

afterEach(cleanup);

const all: TraceSummary[] = latencies(400, 3).map((v) =>
  summary({ ResponseTime: Math.round(v * 1e6) / 1e6 }),
);
const a = all.filter((_, i) => i % 3 === 0);
const b = all.filter((_, i) => i % 3 === 1);
const digest = (s: readonly TraceSummary[]) => computeResponseTimeDistribution(s).digest;
const dAll = digest(all);
const dA = digest(a);
const dB = digest(b);

const frame = () => screen.getByRole("group", { name: "Response time distribution" });

describe("ResponseTimeDistribution", () => {
  it("draws all traces as a gray area and sets A and B as lines, with axes and a legend", () => {
    const { container } = render(<ResponseTimeDistribution all={dAll} a={dA} b={dB} width={600} />);
    expect(
      container.querySelector('[data-series="all"] .tl-chart-area-all')?.getAttribute("d"),
    ).toMatch(/^M/);
    expect(container.querySelector('path[data-series="a"]')?.getAttribute("class")).toBe(
      "tl-chart-line-a",
    );
    expect(container.querySelector('path[data-series="b"]')?.getAttribute("d")).toMatch(/^M/);
    expect(
      [...container.querySelectorAll(".tl-chart-legend li")].map((l) => l.textContent),
    ).toEqual(["All traces", "Set A", "Set B"]);
    const xLabels = [
      ...container.querySelectorAll(".tl-chart-axis-bottom .tl-chart-tick-label"),
    ].map((t) => t.textContent);
    expect(xLabels.length).toBeGreaterThan(2);
    expect(xLabels.every((l) => /^(0|[\d.]+ (ms|s))$/.test(l ?? ""))).toBe(true);
  });

  it("describes every series in a visually hidden text alternative", () => {
    render(<ResponseTimeDistribution all={dAll} a={dA} width={600} />);
    const text = screen.getByTestId("tl-chart-summary").textContent!;
    expect(text).toContain("All traces: 400 traces, median ");
    expect(text).toContain(`Set A: ${a.length} traces`);
    expect(frame().getAttribute("aria-describedby")).toContain(
      screen.getByTestId("tl-chart-summary").id,
    );
  });

  it("selects a range from the keyboard and reports an expression selecting exactly its traces", async () => {
    const onRangeChange = vi.fn();
    render(
      <ResponseTimeDistribution all={dAll} bins={20} width={600} onRangeChange={onRangeChange} />,
    );
    frame().focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{/Shift}");
    expect(screen.getByTestId("tl-chart-live").textContent).toMatch(/^Selected .+; Enter applies$/);
    expect(screen.getByTestId("tl-chart-pending")).toBeTruthy();
    await userEvent.keyboard("{Enter}");
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    const range = onRangeChange.mock.calls[0][0];
    // The first → shows bin 0, the second bin 1; Shift+→ twice spans bins 1 to 3.
    const width = (dAll.max - dAll.min) / 20;
    expect(range.from).toBeLessThanOrEqual(dAll.min + width + 1e-9);
    expect(range.from).toBeGreaterThan(dAll.min + width - 0.01);
    expect(range.to).toBeGreaterThanOrEqual(dAll.min + 4 * width - 1e-9);
    expect(range.to).toBeLessThan(dAll.min + 4 * width + 0.01);
    expect(parseFilter(range.expression).diagnostics).toEqual([]);
    const f = compileFilter(range.expression);
    const inRange = all.filter((s) => s.ResponseTime! >= range.from && s.ResponseTime! <= range.to);
    expect(inRange.length).toBeGreaterThan(0);
    expect(all.filter((s) => f.matchesSummary(s))).toEqual(inRange);
    await userEvent.keyboard("{Escape}");
    expect(onRangeChange).toHaveBeenLastCalledWith(null);
  });

  it("selects the cursor's bin alone with Enter", async () => {
    const onRangeChange = vi.fn();
    render(
      <ResponseTimeDistribution all={dAll} bins={10} width={600} onRangeChange={onRangeChange} />,
    );
    frame().focus();
    await userEvent.keyboard("{End}{Enter}");
    const range = onRangeChange.mock.calls[0][0];
    expect(range.to).toBeGreaterThanOrEqual(dAll.max);
    expect(range.from).toBeLessThanOrEqual(dAll.max - (dAll.max - dAll.min) / 10 + 1e-9);
  });

  it("shows the bin under the pointer in a tooltip", () => {
    const { container } = render(
      <ResponseTimeDistribution all={dAll} a={dA} bins={10} width={600} />,
    );
    // happy-dom lays nothing out: the svg sits at 0, the plot starts at the left margin (48 px).
    fireEvent.pointerMove(frame(), { clientX: 48 + 1 });
    const tip = container.querySelector(".tl-chart-tooltip")!;
    expect(tip.textContent).toMatch(/^.+–.+: All traces \d+, Set A \d+$/);
    fireEvent.pointerLeave(frame());
    expect(container.querySelector(".tl-chart-tooltip")).toBeNull();
  });

  it("shows a controlled range as the brush selection", () => {
    const range = { from: 0.1, to: 0.2, expression: "responsetime >= 0.1 AND responsetime <= 0.2" };
    const { container } = render(<ResponseTimeDistribution all={dAll} width={600} range={range} />);
    const sel = container.querySelector(".tl-chart-brush .selection")!;
    expect(Number(sel.getAttribute("width"))).toBeGreaterThan(0);
    expect(screen.getByTestId("tl-chart-summary").textContent).toContain(range.expression);
  });

  it("zooms to a given domain: the last bin ends at its upper bound", async () => {
    const onRangeChange = vi.fn();
    render(
      <ResponseTimeDistribution
        all={dAll}
        domain={[0, 0.5]}
        bins={10}
        width={600}
        onRangeChange={onRangeChange}
      />,
    );
    frame().focus();
    await userEvent.keyboard("{End}{Enter}");
    expect(onRangeChange.mock.calls[0][0]).toMatchObject({ from: 0.45, to: 0.5 });
  });
});
