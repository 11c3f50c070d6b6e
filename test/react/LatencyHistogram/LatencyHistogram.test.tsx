import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TDigest } from "../../../src/digest/index";
import { parseFilter } from "../../../src/filter/index";
import { LatencyHistogram } from "../../../src/react/LatencyHistogram/index";

afterEach(cleanup);

// 1,000 requests: 900 spread over 10–100 ms, 100 over 1–2 s.
const digest = new TDigest();
for (let i = 0; i < 900; i++) digest.add(0.01 + (0.09 * i) / 900);
for (let i = 0; i < 100; i++) digest.add(1 + i / 100);
const subject = { kind: "service" as const, service: { name: "orders" } };

const chart = () => screen.getByRole("group", { name: /^Response time distribution of / });

describe("LatencyHistogram (happy-dom)", () => {
  it("draws a bar per bin, as a percentage of requests, and percentile markers", () => {
    const { container } = render(<LatencyHistogram digest={digest} width={500} bins={20} />);
    const bars = [...container.querySelectorAll<SVGRectElement>(".tl-hist-bar")];
    expect(bars).toHaveLength(20);
    // Linear axis from 10 ms to 2 s: the first bin (10–109 ms) holds nearly all of the 900, and
    // the bins of the empty stretch from 0.2 s to 1 s next to nothing (the digest interpolates).
    const heights = bars.map((b) => Number(b.getAttribute("height")));
    expect(heights[0]).toBe(Math.max(...heights));
    expect(heights[0]).toBeGreaterThan(100);
    expect(Math.max(...heights.slice(2, 10))).toBeLessThan(heights[0] / 50);
    expect(
      [...container.querySelectorAll(".tl-hist-marker text")].map((t) => t.textContent),
    ).toEqual(["p50", "p90", "p99"]);
    expect(screen.getByText(/^p99 1\.(89|9\d) s$/)).toBeTruthy();
  });

  it("takes percentile markers as an option", () => {
    const { container } = render(
      <LatencyHistogram digest={digest} width={500} percentiles={[0.5, 0.999]} />,
    );
    expect(
      [...container.querySelectorAll(".tl-hist-marker text")].map((t) => t.textContent),
    ).toEqual(["p50", "p99.9"]);
  });

  it("describes the chart in text for screen readers", () => {
    render(<LatencyHistogram digest={digest} width={500} subject={subject} />);
    const description = document.getElementById(chart().getAttribute("aria-describedby")!)!;
    expect(description.textContent).toMatch(
      /^Response times of orders: 1000 requests from 10 ms to 1\.99 s; p50 \d+ ms, p90 \d+ ms, p99 1\.\d\d s; most requests \(\d+%\) took /,
    );
  });

  it("selects a range with the keyboard and reports it with the matching expression", () => {
    const onRangeChange = vi.fn();
    render(
      <LatencyHistogram
        digest={digest}
        width={500}
        subject={subject}
        status="fault"
        onRangeChange={onRangeChange}
      />,
    );
    chart().focus();
    fireEvent.keyDown(chart(), { key: "ArrowRight" }); // the p50 bin
    const first = onRangeChange.mock.lastCall![0];
    expect(first.from).toBeLessThanOrEqual(digest.quantile(0.5));
    expect(first.to).toBeGreaterThanOrEqual(digest.quantile(0.5));
    expect(first.expression).toBe(
      `service("orders") { responsetime >= ${first.from} AND responsetime <= ${first.to} AND fault }`,
    );
    expect(parseFilter(first.expression).diagnostics).toEqual([]);
    fireEvent.keyDown(chart(), { key: "ArrowRight", shiftKey: true });
    const wider = onRangeChange.mock.lastCall![0];
    expect(wider.from).toBe(first.from);
    expect(wider.to).toBeGreaterThan(first.to);
    const inRange = Math.round(digest.rank(wider.to, true) - digest.rank(wider.from, false));
    expect(screen.getByTestId("tl-hist-selection").textContent).toContain(
      `: ${inRange} requests (`,
    );
    fireEvent.keyDown(chart(), { key: "Escape" });
    expect(onRangeChange).toHaveBeenLastCalledWith(null);
    expect(screen.getByTestId("tl-hist-selection").textContent).toMatch(/^Drag across the chart/);
  });

  it("counts the requests of a controlled range, and gives no expression without a subject", () => {
    const onRangeChange = vi.fn();
    render(
      <LatencyHistogram
        digest={digest}
        width={500}
        range={{ from: 1, to: 2 }}
        onRangeChange={onRangeChange}
      />,
    );
    const shown = /: (\d+) requests \(([\d.]+)%\)/.exec(
      screen.getByTestId("tl-hist-selection").textContent!,
    )!;
    expect(Math.abs(Number(shown[1]) - 100)).toBeLessThanOrEqual(10); // 100 requests, digest-estimated
    expect(Number(shown[2])).toBeCloseTo(Number(shown[1]) / 10, 1);
    chart().focus();
    fireEvent.keyDown(chart(), { key: "End" });
    expect(onRangeChange.mock.lastCall![0].expression).toBeNull();
  });

  it("shows each bin's count in a tooltip under the pointer", () => {
    render(<LatencyHistogram digest={digest} width={500} bins={20} />);
    fireEvent.pointerMove(chart(), { clientX: 46 + 2, clientY: 50 });
    const tip = /^10 ms – 109 ms(\d+) requests \(([\d.]+)%\)$/.exec(
      screen.getByRole("tooltip").textContent!,
    )!;
    expect(Math.abs(Number(tip[1]) - 890)).toBeLessThanOrEqual(20);
    expect(Number(tip[2])).toBeCloseTo(Number(tip[1]) / 10, 1);
    fireEvent.pointerLeave(chart());
    expect(screen.queryByRole("tooltip")).toBeNull();
  });

  it("switches to a log axis", () => {
    const onAxisChange = vi.fn();
    const { container } = render(
      <LatencyHistogram digest={digest} width={500} bins={20} onAxisChange={onAxisChange} />,
    );
    fireEvent.click(screen.getByRole("checkbox", { name: "Log scale" }));
    expect(onAxisChange).toHaveBeenCalledWith("log");
    // On a log axis the 10–100 ms requests spread over many bins.
    const nonEmpty = [...container.querySelectorAll(".tl-hist-bar")].filter(
      (b) => Number(b.getAttribute("height")) > 0,
    );
    expect(nonEmpty.length).toBeGreaterThan(10);
  });

  it("says No requests for an empty digest and takes no focus", () => {
    render(<LatencyHistogram digest={new TDigest()} width={500} />);
    expect(screen.getByText("No requests")).toBeTruthy();
    expect(chart().getAttribute("tabindex")).toBe("-1");
  });
});
