/** One tick: its offset along the axis in px (from the left, or from the top) and its label. */
export interface ChartTick {
  readonly offset: number;
  readonly label: string;
}

export interface ChartAxisProps {
  /** `bottom`: horizontal under the plot; `left`: vertical beside it. */
  readonly orientation: "bottom" | "left";
  readonly ticks: readonly ChartTick[];
  /** Length of the axis line in px. */
  readonly length: number;
  /** Length of the grid lines drawn across the plot (0 for none). */
  readonly grid?: number;
  /** The axis title. */
  readonly label?: string;
}

/**
 * An SVG axis: a line, ticks with labels and optional grid lines across the plot. Place a bottom
 * axis at the plot's bottom-left corner and a left axis at its top-left corner.
 */
export function ChartAxis({ orientation, ticks, length, grid = 0, label }: ChartAxisProps) {
  const bottom = orientation === "bottom";
  return (
    <g className={`tl-chart-axis tl-chart-axis-${orientation}`} aria-hidden="true">
      <line
        className="tl-chart-axis-line"
        x1={0}
        y1={0}
        x2={bottom ? length : 0}
        y2={bottom ? 0 : length}
      />
      {ticks.map((t) => (
        <g
          key={`${t.offset}:${t.label}`}
          transform={bottom ? `translate(${t.offset},0)` : `translate(0,${t.offset})`}
        >
          {grid > 0 ? (
            <line
              className="tl-chart-grid"
              x1={0}
              y1={0}
              x2={bottom ? 0 : grid}
              y2={bottom ? -grid : 0}
            />
          ) : null}
          <line className="tl-chart-tick" x2={bottom ? 0 : -4} y2={bottom ? 4 : 0} />
          <text
            className="tl-chart-tick-label"
            x={bottom ? 0 : -6}
            y={bottom ? 15 : 3}
            textAnchor={bottom ? "middle" : "end"}
          >
            {t.label}
          </text>
        </g>
      ))}
      {label === undefined ? null : (
        <text
          className="tl-chart-axis-label"
          x={bottom ? length : 0}
          y={bottom ? 30 : -10}
          textAnchor={bottom ? "end" : "start"}
        >
          {label}
        </text>
      )}
    </g>
  );
}
