import type { ChartSeriesKey } from "./ChartSeriesKey";

export interface ChartSeriesPathsProps {
  /** Paths of each present series, in plot coordinates. */
  readonly series: readonly {
    readonly key: ChartSeriesKey;
    readonly area: string;
    readonly line: string;
  }[];
  /** Fill the area under all traces' line (false when something else fills it); default true. */
  readonly allArea?: boolean;
}

/**
 * The series of a comparison chart: all traces as a gray area under a line, sets A and B as
 * lines (solid and dashed, by class), each marked with `data-series`.
 */
export function ChartSeriesPaths({ series, allArea = true }: ChartSeriesPathsProps) {
  return series.map((s) =>
    s.key === "all" ? (
      <g key="all" data-series="all">
        {allArea ? <path className="tl-chart-area-all" d={s.area} /> : null}
        <path className="tl-chart-line-all" d={s.line} />
      </g>
    ) : (
      <path key={s.key} data-series={s.key} className={`tl-chart-line-${s.key}`} d={s.line} />
    ),
  );
}
