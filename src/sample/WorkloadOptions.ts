/**
 * Options of the built-in workload. Rates are probabilities per trace, in [0, 1].
 */
export interface WorkloadOptions {
  /** Number of traces (default 100). */
  readonly traces?: number;
  /** Seed of the simulation (default 1): the same options always give the same documents. */
  readonly seed?: number;
  /** Epoch seconds of the first trace's window (default 1700000000). */
  readonly startTime?: number;
  /** Seconds the trace start times spread over (default 3600). */
  readonly timeRange?: number;
  /** Share of traces the entry point answers with a 4xx other than 429 (default 0.05). */
  readonly errorRate?: number;
  /**
   * Share of traces the entry point answers with 429 (default 0.02). Also the probability that a
   * DynamoDB call is throttled once and succeeds on retry (the trace stays OK).
   */
  readonly throttleRate?: number;
  /**
   * Share of traces the entry point answers with a 5xx (default 0.03). Also the probability that
   * an asynchronous Lambda invocation fails its first attempt (Lambda then retries).
   */
  readonly faultRate?: number;
  /** Share of traces captured while still running: in-progress segments, no complete copy (default 0.01). */
  readonly inProgressRate?: number;
  /** Share of traces whose web-service subsegments are (partly) sent as separate documents (default 0.05). */
  readonly independentSubsegmentRate?: number;
  /** Share of traces where one downstream segment never arrives, leaving orphans (default 0.01). */
  readonly missingSegmentRate?: number;
  /** Median response time of a request that reaches the web service, seconds (default 0.12). */
  readonly latencyMedian?: number;
  /** Shape of the response-time log-normal (sigma of the underlying normal, default 0.8). */
  readonly latencySigma?: number;
}

/** WorkloadOptions with every default applied. */
export type ResolvedWorkloadOptions = Required<WorkloadOptions>;

const DEFAULTS: ResolvedWorkloadOptions = {
  traces: 100,
  seed: 1,
  startTime: 1_700_000_000,
  timeRange: 3600,
  errorRate: 0.05,
  throttleRate: 0.02,
  faultRate: 0.03,
  inProgressRate: 0.01,
  independentSubsegmentRate: 0.05,
  missingSegmentRate: 0.01,
  latencyMedian: 0.12,
  latencySigma: 0.8,
};

const RATES = [
  "errorRate",
  "throttleRate",
  "faultRate",
  "inProgressRate",
  "independentSubsegmentRate",
  "missingSegmentRate",
] as const;

/**
 * Applies the defaults and checks the values; a bad value is a programmer error (RangeError).
 * @example
 * resolveWorkloadOptions({ traces: 10 }).seed; // 1
 */
export function resolveWorkloadOptions(options: WorkloadOptions = {}): ResolvedWorkloadOptions {
  const resolved: ResolvedWorkloadOptions = {
    traces: options.traces ?? DEFAULTS.traces,
    seed: options.seed ?? DEFAULTS.seed,
    startTime: options.startTime ?? DEFAULTS.startTime,
    timeRange: options.timeRange ?? DEFAULTS.timeRange,
    errorRate: options.errorRate ?? DEFAULTS.errorRate,
    throttleRate: options.throttleRate ?? DEFAULTS.throttleRate,
    faultRate: options.faultRate ?? DEFAULTS.faultRate,
    inProgressRate: options.inProgressRate ?? DEFAULTS.inProgressRate,
    independentSubsegmentRate:
      options.independentSubsegmentRate ?? DEFAULTS.independentSubsegmentRate,
    missingSegmentRate: options.missingSegmentRate ?? DEFAULTS.missingSegmentRate,
    latencyMedian: options.latencyMedian ?? DEFAULTS.latencyMedian,
    latencySigma: options.latencySigma ?? DEFAULTS.latencySigma,
  };
  if (!Number.isInteger(resolved.traces) || resolved.traces < 0) {
    throw new RangeError(`traces must be a non-negative integer, got ${resolved.traces}`);
  }
  if (!Number.isFinite(resolved.seed)) throw new RangeError("seed must be a finite number");
  if (!(resolved.startTime > 0 && resolved.startTime < 2 ** 32)) {
    throw new RangeError(`startTime must be epoch seconds, got ${resolved.startTime}`);
  }
  if (!(resolved.timeRange >= 0 && Number.isFinite(resolved.timeRange))) {
    throw new RangeError(`timeRange must be a non-negative number, got ${resolved.timeRange}`);
  }
  for (const key of RATES) {
    const rate = resolved[key];
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`${key} must be in [0, 1], got ${rate}`);
  }
  if (resolved.errorRate + resolved.throttleRate + resolved.faultRate > 1) {
    throw new RangeError("errorRate + throttleRate + faultRate must not exceed 1");
  }
  if (!(resolved.latencyMedian >= 0.001 && resolved.latencyMedian <= 60)) {
    throw new RangeError(
      `latencyMedian must be in [0.001, 60] seconds, got ${resolved.latencyMedian}`,
    );
  }
  if (!(resolved.latencySigma >= 0 && resolved.latencySigma <= 4)) {
    throw new RangeError(`latencySigma must be in [0, 4], got ${resolved.latencySigma}`);
  }
  return resolved;
}
