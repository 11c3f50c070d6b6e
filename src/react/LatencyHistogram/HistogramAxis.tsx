export interface HistogramAxisProps {
  /** Tick positions (pixels along the axis) and labels. */
  readonly ticks: readonly { readonly at: number; readonly label: string }[];
  readonly orientation: "bottom" | "left";
  /** Length of the axis line. */
  readonly length: number;
  readonly title?: string;
}

/** A plain SVG axis: a line, tick marks and labels, and an optional title. */
export function HistogramAxis({ ticks, orientation, length, title }: HistogramAxisProps) {
  const bottom = orientation === "bottom";
  return (
    <g className={`tl-hist-axis tl-hist-axis-${orientation}`} aria-hidden="true">
      <line x1={0} y1={0} x2={bottom ? length : 0} y2={bottom ? 0 : length} />
      {ticks.map((t) =>
        bottom ? (
          <g key={t.at} transform={`translate(${t.at},0)`}>
            <line y2={4} />
            <text y={15} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ) : (
          <g key={t.at} transform={`translate(0,${t.at})`}>
            <line x2={-4} />
            <text x={-6} dy="0.32em" textAnchor="end">
              {t.label}
            </text>
          </g>
        ),
      )}
      {title === undefined ? null : bottom ? (
        <text className="tl-hist-axis-title" x={length} y={29} textAnchor="end">
          {title}
        </text>
      ) : (
        <text className="tl-hist-axis-title" transform="rotate(-90)" x={0} y={-34} textAnchor="end">
          {title}
        </text>
      )}
    </g>
  );
}
