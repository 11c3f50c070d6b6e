import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compileFilter, parseFilter } from "../../../src/filter/index";
import { deriveServiceGraph } from "../../../src/graph/index";
import { ServiceDetails } from "../../../src/react/ServiceDetails/index";
import { sampleTraces } from "../../../src/sample/index";

afterEach(cleanup);

const traces = sampleTraces({ traces: 80, faultRate: 0.1 });
const graph = deriveServiceGraph(traces);
const api = graph.nodes.find((n) => n.name === "orders-service")!;
const s3Edge = graph.edges.find(
  (e) => e.source === api.key && graph.nodeByKey.get(e.target)!.name === "S3",
)!;
const expression = () => screen.getByTestId("tl-details-expression").textContent!;
const row = (name: string) =>
  within(screen.getByRole("table")).getByRole("rowheader", { name }).nextElementSibling!
    .textContent;

describe("ServiceDetails (happy-dom)", () => {
  it("shows name, type and statistics of a node", () => {
    render(<ServiceDetails graph={graph} selection={{ kind: "node", key: api.key }} />);
    expect(screen.getByRole("heading", { name: "orders-service" })).toBeTruthy();
    expect(screen.getByText("ECS container · AWS::ECS::Container")).toBeTruthy();
    const s = api.statistics!;
    expect(row("Requests")).toBe(String(s.TotalCount));
    expect(row("Fault (5xx)")).toBe(
      `${s.FaultStatistics.TotalCount} (${((100 * s.FaultStatistics.TotalCount) / s.TotalCount).toFixed(1)}%)`,
    );
    expect(row("OK (2xx)")).toMatch(new RegExp(`^${s.OkCount} \\(`));
    expect(row("Average")).toMatch(/ms$/);
    expect(row("p99")).toMatch(/(ms|s)$/);
    expect(
      screen.getByRole("group", { name: /^Response time distribution of orders-service/ }),
    ).toBeTruthy();
  });

  it("builds the expression from the status and the range, and hands it to View traces", () => {
    const onViewTraces = vi.fn();
    const onStatusChange = vi.fn();
    render(
      <ServiceDetails
        graph={graph}
        selection={{ kind: "node", key: api.key }}
        onViewTraces={onViewTraces}
        onStatusChange={onStatusChange}
      />,
    );
    expect(expression()).toBe('service("orders-service")');
    fireEvent.click(screen.getByRole("radio", { name: /^Fault/ }));
    expect(onStatusChange).toHaveBeenCalledWith("fault");
    expect(expression()).toBe('service("orders-service") { fault }');
    // A range chosen on the histogram (keyboard) joins the status.
    const chart = screen.getByRole("group", { name: /^Response time distribution/ });
    fireEvent.keyDown(chart, { key: "ArrowRight" });
    expect(expression()).toMatch(
      /^service\("orders-service"\) \{ responsetime >= [\d.]+ AND responsetime <= [\d.]+ AND fault \}$/,
    );
    fireEvent.click(screen.getByRole("button", { name: "View traces" }));
    const event = onViewTraces.mock.lastCall![0];
    expect(event.expression).toBe(expression());
    expect(event.status).toBe("fault");
    expect(event.range).not.toBeNull();
    expect(parseFilter(event.expression).diagnostics).toEqual([]);
    // Every trace it matches has a faulty orders-service request in the range.
    const matched = traces.filter((t) => compileFilter(event.expression).matchesTrace(t));
    for (const t of matched)
      expect(
        t.segments.some(
          (n) =>
            n.name === "orders-service" &&
            n.fault &&
            n.endTime! - n.startTime >= event.range.from - 1e-6 &&
            n.endTime! - n.startTime <= event.range.to + 1e-6,
        ),
      ).toBe(true);
  });

  it("uses the edge form for an edge and starts a new selection without a range", () => {
    const { rerender } = render(
      <ServiceDetails graph={graph} selection={{ kind: "edge", key: s3Edge.key }} />,
    );
    expect(screen.getByRole("heading", { name: "orders-service → S3" })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole("group", { name: /^Response time distribution/ }), {
      key: "ArrowRight",
    });
    expect(expression()).toMatch(/^edge\("orders-service", "S3"\) \{ responsetime >= /);
    rerender(<ServiceDetails graph={graph} selection={{ kind: "node", key: api.key }} />);
    expect(expression()).toBe('service("orders-service")');
  });

  it("shows a hint without a selection", () => {
    render(<ServiceDetails graph={graph} selection={null} />);
    expect(screen.getByText(/Select a node or an edge/)).toBeTruthy();
  });
});
