import { act, cleanup, render, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useComparisonChart } from "../../../src/react/charts/useComparisonChart";

afterEach(cleanup);

interface Range {
  readonly from: number;
  readonly to: number;
}

describe("useComparisonChart", () => {
  it("lists the given series in all, a, b order with default or given labels", () => {
    const { result } = renderHook(() =>
      useComparisonChart<string, Range>(
        { b: "B", all: "ALL", a: null, labels: { b: "POST" } },
        undefined,
        null,
      ),
    );
    expect(result.current.present).toEqual([
      { key: "all", data: "ALL" },
      { key: "b", data: "B" },
    ]);
    expect(result.current.labels).toEqual({ all: "All traces", a: "Set A", b: "POST" });
    expect(result.current.legend).toEqual([
      { key: "all", label: "All traces" },
      { key: "b", label: "POST" },
    ]);
  });

  it("keeps the same labels and series objects while the props are equal", () => {
    const { result, rerender } = renderHook(
      ({ label }: { label: string }) =>
        useComparisonChart<string, Range>({ all: "ALL", labels: { a: label } }, undefined, null),
      { initialProps: { label: "GET" } },
    );
    const first = result.current;
    rerender({ label: "GET" });
    expect(result.current.labels).toBe(first.labels);
    expect(result.current.present).toBe(first.present);
    expect(result.current.wrapProps).toBe(first.wrapProps);
    rerender({ label: "PUT" });
    expect(result.current.labels).not.toBe(first.labels);
    expect(result.current.labels.a).toBe("PUT");
  });

  it("uses the given width, else the wrapper's, else 640 before layout", () => {
    const given = renderHook(() => useComparisonChart({ width: 300 }, undefined, null));
    expect(given.result.current.width).toBe(300);
    expect(given.result.current.wrapProps.style).toEqual({ width: 300 });
    let seen = -1;
    function Probe() {
      const chart = useComparisonChart({}, undefined, null);
      seen = chart.width;
      return <div {...chart.wrapProps} />;
    }
    const { container } = render(<Probe />);
    // happy-dom lays nothing out: clientWidth is 0, so the default applies
    expect(seen).toBe(640);
    expect((container.firstChild as HTMLElement).style.width).toBe("100%");
  });

  it("keeps an uncontrolled selection and reports each change", () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useComparisonChart<string, Range>({}, undefined, { from: 1, to: 2 }, onChange),
    );
    expect(result.current.selection).toEqual({ from: 1, to: 2 });
    act(() => result.current.setSelection({ from: 3, to: 4 }));
    expect(result.current.selection).toEqual({ from: 3, to: 4 });
    act(() => result.current.setSelection(null));
    expect(result.current.selection).toBeNull();
    expect(onChange.mock.calls).toEqual([[{ from: 3, to: 4 }], [null]]);
  });

  it("follows a controlled selection: a change is reported, not kept", () => {
    const onChange = vi.fn();
    const controlled = { from: 5, to: 6 };
    const { result } = renderHook(() =>
      useComparisonChart<string, Range>({}, controlled, null, onChange),
    );
    act(() => result.current.setSelection({ from: 7, to: 8 }));
    expect(result.current.selection).toBe(controlled);
    expect(onChange).toHaveBeenCalledWith({ from: 7, to: 8 });
  });
});
