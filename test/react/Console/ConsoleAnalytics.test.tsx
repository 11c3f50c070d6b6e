import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { ConsoleAnalytics } from "../../../src/react/Console/ConsoleAnalytics";
import { sampleTraces } from "../../../src/sample/index";

afterEach(cleanup);

const traces = sampleTraces({ traces: 80, seed: 2 });
const faults = traces.filter((t) => t.summary.HasFault);
const oks = traces.filter(
  (t) => !t.summary.HasFault && !t.summary.HasError && !t.summary.HasThrottle,
);

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent);

it("ConsoleAnalytics compares all traces, set A and set B by count and status", () => {
  render(
    <ConsoleAnalytics
      all={traces}
      setA={oks}
      filterA="ok"
      setB={faults}
      filterB="fault"
      onFilterBChange={vi.fn()}
      timeRange={null}
      onTimeRangeChange={vi.fn()}
      onFilter={vi.fn()}
    />,
  );
  const table = screen.getByRole("table", { name: "Set comparison" });
  const [, all, a, b] = within(table).getAllByRole("row");
  expect(cells(all as HTMLElement)[1]).toBe("80");
  expect(cells(a as HTMLElement).slice(0, 3)).toEqual([
    "ok",
    String(oks.length),
    `${((100 * oks.length) / 80).toFixed(1)}%`,
  ]);
  expect(cells(b as HTMLElement)[1]).toBe(String(faults.length));
  expect(cells(b as HTMLElement)[6]).toBe(String(faults.length)); // every B trace is a fault
});

it("ConsoleAnalytics shows field shares of A and B with deltas, and a value applies its filter", () => {
  const onFilter = vi.fn();
  render(
    <ConsoleAnalytics
      all={traces}
      setA={oks}
      filterA="ok"
      setB={faults}
      filterB="fault"
      onFilterBChange={vi.fn()}
      timeRange={null}
      onTimeRangeChange={vi.fn()}
      onFilter={onFilter}
    />,
  );
  const status = screen.getByRole("table", { name: "http.status: A versus B" });
  const rows = within(status).getAllByRole("row").slice(1);
  const ok200 = rows.find((r) => within(r).getByRole("button").textContent === "200");
  if (ok200 === undefined) throw new Error("no 200 row");
  const [, a, b, delta] = cells(ok200);
  const shareA = oks.filter((t) => t.summary.Http.HttpStatus === 200).length / oks.length;
  const shareB = faults.filter((t) => t.summary.Http.HttpStatus === 200).length / faults.length;
  expect(a).toBe(`${(100 * shareA).toFixed(1)}%`);
  expect(b).toBe(`${(100 * shareB).toFixed(1)}%`);
  expect(delta).toBe(`+${(100 * (shareA - shareB)).toFixed(1)}`);
  fireEvent.click(within(ok200).getByRole("button"));
  expect(onFilter).toHaveBeenCalledWith("http.status = 200");
});

it("ConsoleAnalytics shows no B row or field tables without a set B filter", () => {
  render(
    <ConsoleAnalytics
      all={traces}
      setA={traces}
      filterA=""
      setB={[]}
      filterB=""
      onFilterBChange={vi.fn()}
      timeRange={null}
      onTimeRangeChange={vi.fn()}
      onFilter={vi.fn()}
    />,
  );
  expect(
    within(screen.getByRole("table", { name: "Set comparison" })).getAllByRole("row"),
  ).toHaveLength(3);
  expect(screen.queryByRole("table", { name: "http.status: A versus B" })).toBeNull();
});
