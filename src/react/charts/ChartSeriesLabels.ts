/** Series labels; defaults "All traces", "Set A", "Set B". */
export interface ChartSeriesLabels {
  readonly all?: string;
  readonly a?: string;
  readonly b?: string;
}
