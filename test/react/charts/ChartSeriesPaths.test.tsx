import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ChartSeriesPaths } from "../../../src/react/charts/ChartSeriesPaths";

afterEach(cleanup);

const series = [
  { key: "all" as const, area: "M0,10Z", line: "M0,0" },
  { key: "a" as const, area: "M1,10Z", line: "M1,1" },
  { key: "b" as const, area: "M2,10Z", line: "M2,2" },
];

describe("ChartSeriesPaths", () => {
  it("draws all traces as an area under a line, and A and B as lines only", () => {
    const { container } = render(
      <svg>
        <ChartSeriesPaths series={series} />
      </svg>,
    );
    const all = container.querySelector('[data-series="all"]')!;
    expect(all.querySelector(".tl-chart-area-all")!.getAttribute("d")).toBe("M0,10Z");
    expect(all.querySelector(".tl-chart-line-all")!.getAttribute("d")).toBe("M0,0");
    expect(container.querySelector('[data-series="a"]')!.getAttribute("class")).toBe(
      "tl-chart-line-a",
    );
    expect(container.querySelector('[data-series="b"]')!.getAttribute("d")).toBe("M2,2");
    expect(container.querySelectorAll("path")).toHaveLength(4);
  });

  it("leaves out all traces' area when something else fills it", () => {
    const { container } = render(
      <svg>
        <ChartSeriesPaths series={series} allArea={false} />
      </svg>,
    );
    expect(container.querySelector(".tl-chart-area-all")).toBeNull();
    expect(container.querySelector(".tl-chart-line-all")).not.toBeNull();
  });
});
