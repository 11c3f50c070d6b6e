import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TDigest } from "../../../src/digest/index";
import { compileFilter, parseFilter } from "../../../src/filter/index";
import { LatencyHistogram } from "../../../src/react/LatencyHistogram/index";

afterEach(cleanup);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function mouse(type: string, target: EventTarget, x: number, y: number) {
  target.dispatchEvent(
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      view: window,
      clientX: x,
      clientY: y,
      button: 0,
    }),
  );
}

describe("LatencyHistogram in Chromium", () => {
  it("turns a brushed span into a range read off the axis, and the matching expression", async () => {
    const digest = new TDigest();
    for (let i = 0; i <= 1000; i++) digest.add(i / 1000); // 0 … 1 s, uniform
    const onRangeChange = vi.fn();
    const { container } = render(
      <div style={{ width: 560 }}>
        <LatencyHistogram
          digest={digest}
          width={560}
          subject={{ kind: "edge", source: { name: "api" }, target: { name: "db" } }}
          onRangeChange={onRangeChange}
        />
      </div>,
    );
    await frame();
    const overlay = container.querySelector<SVGRectElement>(".tl-hist-brush .overlay")!;
    const box = overlay.getBoundingClientRect();
    expect(box.width).toBe(500); // 560 − the 46 + 14 px margins
    // Drag from 20% to 60% of the plot: 0.2 s to 0.6 s on the linear axis.
    mouse("mousedown", overlay, box.left + box.width * 0.2, box.top + 20);
    mouse("mousemove", window, box.left + box.width * 0.4, box.top + 20);
    mouse("mousemove", window, box.left + box.width * 0.6, box.top + 20);
    mouse("mouseup", window, box.left + box.width * 0.6, box.top + 20);
    await frame();
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    const event = onRangeChange.mock.lastCall![0];
    expect(event.from).toBeCloseTo(0.2, 2);
    expect(event.to).toBeCloseTo(0.6, 2);
    expect(event.expression).toBe(
      `edge("api", "db") { responsetime >= ${event.from} AND responsetime <= ${event.to} }`,
    );
    expect(parseFilter(event.expression).diagnostics).toEqual([]);
    expect(compileFilter(event.expression).ok).toBe(true);
    // The brush stays where it was drawn, and the footer counts what it holds.
    const selection = container.querySelector<SVGRectElement>(".tl-hist-brush .selection")!;
    expect(Number(selection.getAttribute("width"))).toBeCloseTo(200, -1);
    expect(container.querySelector("[data-testid=tl-hist-selection]")!.textContent).toMatch(
      /: 4\d\d requests \(4\d\.\d%\)/,
    );

    // A click without a drag clears the range.
    mouse("mousedown", overlay, box.left + 10, box.top + 20);
    mouse("mouseup", window, box.left + 10, box.top + 20);
    await frame();
    expect(onRangeChange).toHaveBeenLastCalledWith(null);
  });
});
