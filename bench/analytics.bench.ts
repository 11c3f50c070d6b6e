/**
 * Analytics over a million traces (issue 8): light summary rows as a million-row TraceList holds
 * them. Orders (the list's sort index) against the floor of sorting the same keys alone
 * (Float64Array.prototype.sort, no permutation) and a comparator sort of a row index; group-by,
 * distribution and time series against one plain pass that only reads the field.
 */
import { loadavg } from "node:os";
import {
  computeResponseTimeDistribution,
  computeTimeSeries,
  computeTraceGroups,
  computeTraceOrder,
  type TraceSummaryLike,
} from "../src/analytics/index";
import { collect, fmtMs, fmtRate, report, time } from "./harness";

const N = 1_000_000;

function rows(): TraceSummaryLike[] {
  const http: TraceSummaryLike["Http"][] = [];
  for (let i = 0; i < 200; i++) {
    http.push({
      HttpMethod: ["GET", "POST", "PUT", "DELETE"][i % 4],
      HttpURL: `https://shop.example.com/api/${i % 50}`,
      HttpStatus: i % 23 === 0 ? 500 : i % 11 === 0 ? 404 : 200,
      ClientIp: `198.51.100.${i % 250}`,
    });
  }
  const out: TraceSummaryLike[] = new Array(N);
  let seed = 7;
  for (let i = 0; i < N; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const h = http[seed % 200]!;
    const rt = 0.02 + ((seed >>> 8) % 100_000) / 40_000;
    out[i] = {
      Id: `1-6553f100-${(seed ^ i).toString(16).padStart(24, "0")}`,
      StartTime: 1_700_000_000 + (i % 3600) + ((seed >>> 4) % 1000) / 1000,
      ResponseTime: rt,
      Duration: rt,
      HasFault: h.HttpStatus === 500,
      HasError: h.HttpStatus === 404,
      HasThrottle: false,
      Http: h,
    };
  }
  return out;
}

export function run(): void {
  const data = rows();
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  const keys = Float64Array.from(data, (r) => r.ResponseTime!);

  collect();
  const floor = time(() => keys.slice().sort(), 3);
  collect();
  const comparator = time(() => {
    const index = new Uint32Array(N);
    for (let i = 0; i < N; i++) index[i] = i;
    index.sort((a, b) => keys[a] - keys[b] || a - b);
  }, 3);
  collect();
  const byTime = time(() => computeTraceOrder(data, "responseTime"), 3);
  collect();
  const byUrl = time(() => computeTraceOrder(data, "url"), 3);
  collect();
  const byId = time(() => computeTraceOrder(data, "id"), 1, 0);
  report(`analytics: trace-list order of ${N.toLocaleString("en")} rows (load ${load})`, [
    ["floor: Float64Array sort of the keys", fmtMs(floor.medianMs)],
    ["comparator sort of a row index", fmtMs(comparator.medianMs)],
    [
      "computeTraceOrder responseTime",
      `${fmtMs(byTime.medianMs)}  (${(byTime.medianMs / floor.medianMs).toFixed(2)}× floor)`,
    ],
    ["computeTraceOrder url (50 values)", fmtMs(byUrl.medianMs)],
    ["computeTraceOrder id (all distinct)", fmtMs(byId.medianMs)],
  ]);

  collect();
  const pass = time(() => {
    let n = 0;
    for (const r of data) if (r.Http?.HttpURL !== undefined) n++;
    return n;
  }, 3);
  collect();
  const groups = time(() => computeTraceGroups(data, { field: "http.url" }), 3);
  collect();
  const dist = time(() => computeResponseTimeDistribution(data), 3);
  collect();
  const series = time(() => computeTimeSeries(data), 3);
  report(`analytics: one pass over ${N.toLocaleString("en")} summaries`, [
    ["baseline: read http.url of each", fmtMs(pass.medianMs)],
    [
      "computeTraceGroups http.url",
      `${fmtMs(groups.medianMs)}  ${fmtRate(N, groups.medianMs, "traces")}`,
    ],
    [
      "computeResponseTimeDistribution",
      `${fmtMs(dist.medianMs)}  ${fmtRate(N, dist.medianMs, "traces")}`,
    ],
    [
      "computeTimeSeries (60 buckets)",
      `${fmtMs(series.medianMs)}  ${fmtRate(N, series.medianMs, "traces")}`,
    ],
  ]);
}
