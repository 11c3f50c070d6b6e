import { useMemo, useRef, type CSSProperties, type RefObject } from "react";
import { useControllableState } from "../theme/useControllableState";
import { useElementWidth } from "../theme/useElementWidth";
import { CHART_SERIES, type ChartSeriesKey } from "./ChartSeriesKey";
import type { ChartSeriesLabels } from "./ChartSeriesLabels";

/** The props both comparison charts take for their series and size. */
export interface ComparisonChartSeriesProps<T> {
  /** The three series' data; null or undefined leaves a series out. */
  readonly all?: T | null;
  readonly a?: T | null;
  readonly b?: T | null;
  readonly labels?: ChartSeriesLabels;
  /** Width in px; undefined: the wrapper's width (640 until it is laid out). */
  readonly width?: number;
}

export interface ComparisonChart<T, S> {
  /** Spread on the wrapper the chart measures: `<div {...chart.wrapProps}>`. */
  readonly wrapProps: {
    readonly ref: RefObject<HTMLDivElement | null>;
    readonly style: CSSProperties;
  };
  readonly width: number;
  readonly selection: S | null;
  readonly setSelection: (selection: S | null) => void;
  /** Every series' label, defaults filled in (stable while the given labels are). */
  readonly labels: Readonly<Record<ChartSeriesKey, string>>;
  /** The given series, in `all`, `a`, `b` order. */
  readonly present: readonly { readonly key: ChartSeriesKey; readonly data: T }[];
  /** Legend entries of the given series. */
  readonly legend: readonly { readonly key: ChartSeriesKey; readonly label: string }[];
}

const DEFAULT_LABELS = { all: "All traces", a: "Set A", b: "Set B" } as const;

/**
 * What both A/B comparison charts (ResponseTimeDistribution, TimeSeriesActivity) do with their
 * props: measure the wrapper's width unless one is given (default 640 before layout), keep the
 * selection controlled or uncontrolled, fill in the labels ("All traces", "Set A", "Set B") and
 * list the series that are given.
 *
 * `selection` is controlled when not undefined; `onSelectionChange` hears every change.
 *
 * @example
 * const chart = useComparisonChart(props, props.range, props.defaultRange, props.onRangeChange);
 * return <div {...chart.wrapProps}>…</div>;
 */
export function useComparisonChart<T, S>(
  props: ComparisonChartSeriesProps<T>,
  selection: S | null | undefined,
  defaultSelection: S | null | undefined,
  onSelectionChange?: (selection: S | null) => void,
): ComparisonChart<T, S> {
  const ref = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(ref);
  const width = props.width ?? (measured > 0 ? measured : 640);
  const [current, setSelection] = useControllableState<S | null>(
    selection,
    defaultSelection ?? null,
    onSelectionChange,
  );
  const { all, a, b } = props;
  const present = useMemo(() => {
    const given = { all, a, b };
    const list: { key: ChartSeriesKey; data: T }[] = [];
    for (const key of CHART_SERIES) {
      const data = given[key];
      if (data !== undefined && data !== null) list.push({ key, data });
    }
    return list;
  }, [all, a, b]);
  const { all: allLabel, a: aLabel, b: bLabel } = props.labels ?? {};
  const labels = useMemo(
    () => ({
      all: allLabel ?? DEFAULT_LABELS.all,
      a: aLabel ?? DEFAULT_LABELS.a,
      b: bLabel ?? DEFAULT_LABELS.b,
    }),
    [allLabel, aLabel, bLabel],
  );
  const legend = useMemo(
    () => present.map((p) => ({ key: p.key, label: labels[p.key] })),
    [present, labels],
  );
  const fixedWidth = props.width;
  const wrapProps = useMemo(() => ({ ref, style: { width: fixedWidth ?? "100%" } }), [fixedWidth]);
  return { wrapProps, width, selection: current, setSelection, labels, present, legend };
}
