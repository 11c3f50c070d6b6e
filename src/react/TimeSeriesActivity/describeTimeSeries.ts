import type { TimeSeries } from "../../analytics/computeTimeSeries";

const pad = (n: number) => String(n).padStart(2, "0");

/** An epoch-seconds time as `YYYY-MM-DD HH:MM:SS UTC` (seconds left out when zero). */
export function formatUtcTime(seconds: number): string {
  const d = new Date(seconds * 1000);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  const s = d.getUTCSeconds();
  return `${date} ${time}${s === 0 ? "" : `:${pad(s)}`} UTC`;
}

/** A period length in words: "1-minute", "5-second", "1-hour", "1-day". */
export function formatPeriod(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400}-day`;
  if (seconds % 3600 === 0) return `${seconds / 3600}-hour`;
  if (seconds % 60 === 0) return `${seconds / 60}-minute`;
  return `${seconds}-second`;
}

/**
 * The chart's text alternative: the window and period, then per series its trace count by
 * status and its busiest period.
 */
export function describeTimeSeries(series: readonly { label: string; data: TimeSeries }[]): string {
  const first = series[0]?.data;
  if (first === undefined) return "Time series activity: no traces.";
  const head =
    `Time series activity from ${formatUtcTime(first.start)} to ${formatUtcTime(first.end)} ` +
    `in ${formatPeriod(first.period)} periods.`;
  const parts = series.map(({ label, data }) => {
    let ok = 0;
    let error = 0;
    let throttle = 0;
    let fault = 0;
    let busiest = data.buckets[0];
    for (const b of data.buckets) {
      ok += b.ok;
      error += b.error;
      throttle += b.throttle;
      fault += b.fault;
      if (busiest === undefined || b.total > busiest.total) busiest = b;
    }
    const total = ok + error + throttle + fault;
    if (total === 0 || busiest === undefined) return `${label}: no traces.`;
    return (
      `${label}: ${total} traces (${ok} OK, ${error} error, ${throttle} throttled, ${fault} fault); ` +
      `busiest period ${formatUtcTime(busiest.start)} with ${busiest.total}.`
    );
  });
  return [head, ...parts].join(" ");
}
