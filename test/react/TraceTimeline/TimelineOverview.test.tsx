import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TraceTimeline } from "../../../src/react/TraceTimeline/index";
import { T0, traceFrom, webServiceDocuments } from "../../timeline/support/buildTrace";

afterEach(cleanup);

const trace = traceFrom(webServiceDocuments(), { inferSegments: false });
const overview = () => screen.getByRole("group", { name: /Trace overview/ });
const barOf = (id: string) =>
  document.querySelector(`[data-row-id="${id}"] .tl-timeline-track`)!
    .firstElementChild as HTMLElement;

describe("TraceTimeline time window", () => {
  it("positions bars by the window: a controlled window zooms them", () => {
    const { rerender } = render(<TraceTimeline trace={trace} />);
    expect(parseFloat(barOf("a000000000000003").style.left)).toBeCloseTo(35, 3);
    expect(parseFloat(barOf("a000000000000003").style.width)).toBeCloseTo(25, 3);
    rerender(<TraceTimeline trace={trace} timeWindow={{ start: T0 + 0.5, end: T0 + 1 }} />);
    expect(parseFloat(barOf("a000000000000003").style.left)).toBeCloseTo(0, 3);
    expect(parseFloat(barOf("a000000000000003").style.width)).toBeCloseTo(20, 3);
    // A call that ended before the window shows as an arrow at the left edge.
    expect(barOf("a000000000000002").classList.contains("tl-timeline-offscreen-before")).toBe(true);
  });

  it("zooms, pans and resets from the keyboard on the overview", async () => {
    const onTimeWindowChange = vi.fn();
    render(<TraceTimeline trace={trace} onTimeWindowChange={onTimeWindowChange} />);
    overview().focus();
    await userEvent.keyboard("+");
    const zoomed = onTimeWindowChange.mock.calls[0][0];
    expect(zoomed.start - T0).toBeCloseTo(0.25, 6);
    expect(zoomed.end - T0).toBeCloseTo(0.75, 6);
    await userEvent.keyboard("{ArrowRight}");
    expect(onTimeWindowChange.mock.calls[1][0].start - T0).toBeCloseTo(0.3, 6);
    await userEvent.keyboard("0");
    expect(onTimeWindowChange.mock.calls[2][0]).toBeNull();
  });

  it("enables Reset zoom only while zoomed, and it restores the whole trace", async () => {
    render(<TraceTimeline trace={trace} />);
    const reset = screen.getByRole("button", { name: "Reset zoom" });
    expect(reset).toHaveProperty("disabled", true);
    overview().focus();
    await userEvent.keyboard("+");
    expect(reset).toHaveProperty("disabled", false);
    expect(parseFloat(barOf("a000000000000003").style.left)).toBeCloseTo(20, 3);
    await userEvent.click(reset);
    expect(parseFloat(barOf("a000000000000003").style.left)).toBeCloseTo(35, 3);
  });

  it("chooses a window by dragging across the overview", () => {
    const onTimeWindowChange = vi.fn();
    render(<TraceTimeline trace={trace} onTimeWindowChange={onTimeWindowChange} />);
    const el = overview();
    el.getBoundingClientRect = () => ({
      left: 0,
      top: 0,
      width: 200,
      height: 48,
      right: 200,
      bottom: 48,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    fireEvent.pointerDown(el, { button: 0, clientX: 40, pointerId: 1 });
    fireEvent.pointerMove(el, { clientX: 100, pointerId: 1 });
    fireEvent.pointerUp(el, { clientX: 100, pointerId: 1 });
    expect(onTimeWindowChange).toHaveBeenCalledTimes(1);
    const w = onTimeWindowChange.mock.calls[0][0];
    expect(w.start - T0).toBeCloseTo(0.2, 6);
    expect(w.end - T0).toBeCloseTo(0.5, 6);
  });
});
