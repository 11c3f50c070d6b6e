import type { TraceSetComparison } from "../../analytics/compareTraceSets";
import { ResponseTimeDistribution } from "../ResponseTimeDistribution/ResponseTimeDistribution";
import type { ResponseTimeRange } from "../ResponseTimeDistribution/toResponseTimeRange";
import { TimeSeriesActivity } from "../TimeSeriesActivity/TimeSeriesActivity";
import type { TimeRange } from "../TimeSeriesActivity/TimeSeriesActivityProps";

export interface ConsoleChartsProps {
  readonly comparison: TraceSetComparison;
  readonly hasB: boolean;
  readonly timeRange: TimeRange | null;
  readonly onResponseTimeRange: (range: ResponseTimeRange) => void;
  readonly onTimeRangeChange: (range: TimeRange | null) => void;
}

/** The response-time distribution and time-series activity of all traces, set A and set B. */
export function ConsoleCharts({
  comparison,
  hasB,
  timeRange,
  onResponseTimeRange,
  onTimeRangeChange,
}: ConsoleChartsProps) {
  return (
    <div className="tl-console-charts">
      <ResponseTimeDistribution
        all={comparison.all?.distribution.digest ?? null}
        a={comparison.a.distribution.digest}
        b={hasB ? comparison.b.distribution.digest : null}
        yMode="percent"
        height={200}
        range={null}
        onRangeChange={(range) => {
          if (range !== null) onResponseTimeRange(range);
        }}
      />
      <TimeSeriesActivity
        all={comparison.all?.timeSeries ?? null}
        a={comparison.a.timeSeries}
        b={hasB ? comparison.b.timeSeries : null}
        height={200}
        timeRange={timeRange}
        onTimeRangeChange={onTimeRangeChange}
      />
    </div>
  );
}
