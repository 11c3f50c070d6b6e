export type { ChartSeriesLabels } from "./ChartSeriesLabels";
