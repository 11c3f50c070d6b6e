import type { SegmentDocument } from "../model/index";
import type { RequestPlan } from "./RequestPlan";
import { createRandom, deriveSeed } from "./createRandom";
import { generateTrace } from "./generateTrace";

/** The named stories the workload can tell, one trace each. */
export type ScenarioKind =
  | "web-s3"
  | "fault-file-not-found"
  | "lambda-async"
  | "in-progress"
  | "orphans"
  | "dynamodb-throttle"
  | "http-dependency";

/** Every scenario kind, in a stable order. */
export const SCENARIO_KINDS: readonly ScenarioKind[] = [
  "web-s3",
  "fault-file-not-found",
  "lambda-async",
  "in-progress",
  "orphans",
  "dynamodb-throttle",
  "http-dependency",
];

export interface ScenarioOptions {
  /** Seed (default 1): ids, exact times and small details vary with it, the story does not. */
  readonly seed?: number;
  /** Epoch seconds at which the trace starts (default 1700000000). */
  readonly startTime?: number;
}

const BASE: RequestPlan = {
  route: "get-product",
  cause: "none",
  latency: 0.15,
  slow: false,
  recoveredThrottles: 0,
  invokesLambda: false,
  coldStart: false,
  lambdaFailures: 0,
  lambdaFailure: "ses-message-rejected",
  inProgress: false,
  earlyInProgress: false,
  independent: false,
  missing: "none",
};

const PLANS: Readonly<Record<ScenarioKind, Partial<RequestPlan>>> = {
  "web-s3": { route: "get-product" },
  "fault-file-not-found": { route: "get-invoice", cause: "file-not-found", latency: 0.09 },
  "lambda-async": {
    route: "create-order",
    invokesLambda: true,
    coldStart: true,
    lambdaFailures: 1,
    lambdaFailure: "ses-message-rejected",
    latency: 0.26,
  },
  "in-progress": { route: "create-order", invokesLambda: true, inProgress: true, latency: 0.4 },
  orphans: {
    route: "create-order",
    invokesLambda: true,
    independent: true,
    missing: "web",
    latency: 0.22,
  },
  "dynamodb-throttle": { route: "get-order", cause: "ddb-throttled", latency: 0.65 },
  "http-dependency": {
    route: "create-order",
    invokesLambda: true,
    slow: true,
    slowCall: "payments",
    latency: 2.4,
  },
};

/**
 * One trace of a named kind, for stories and tests: `web-s3` (the web service reading S3 and
 * DynamoDB), `fault-file-not-found` (a 500 caused by a FileNotFoundError with its Python stack),
 * `lambda-async` (an asynchronous Lambda with Dwell Time, two Attempts, a cold start with
 * Initialization, Invocation and Overhead), `in-progress` (captured while running),
 * `orphans` (the web service's segment never arrives; its independent subsegments and the Lambda
 * segments are left without parent), `dynamodb-throttle` (429s, retries and attempt
 * subsegments, answered with 429), `http-dependency` (a slow call to payments.example.com).
 * Defaults: seed 1, start 1700000000.
 * @example
 * const docs = generateScenario("lambda-async", { seed: 3 });
 */
export function generateScenario(
  kind: ScenarioKind,
  options: ScenarioOptions = {},
): SegmentDocument[] {
  const overrides = PLANS[kind];
  if (overrides === undefined) throw new RangeError(`unknown scenario kind: ${String(kind)}`);
  const seed = options.seed ?? 1;
  const random = createRandom(deriveSeed(seed, 3, SCENARIO_KINDS.indexOf(kind)));
  const plan: RequestPlan = {
    ...BASE,
    ...overrides,
    latency: (overrides.latency ?? BASE.latency) * random.logNormal(1, 0.15),
  };
  const start = Math.round((options.startTime ?? 1_700_000_000) * 1e6);
  return generateTrace(plan, start, random.uint32());
}
