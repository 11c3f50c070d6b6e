import type { Random } from "./createRandom";
import type { ResolvedWorkloadOptions } from "./WorkloadOptions";
import type { FailureCause, MissingSegment, RequestPlan, Route } from "./RequestPlan";
import { isGatewayOnly } from "./RequestPlan";
import { sampleLatency } from "./sampleLatency";

const ROUTES: readonly (readonly [Route, number])[] = [
  ["get-product", 0.4],
  ["create-order", 0.3],
  ["get-order", 0.2],
  ["get-invoice", 0.1],
];

type Outcome = "error" | "throttle" | "fault";

const CAUSES: Readonly<Record<Route, Readonly<Record<Outcome, readonly FailureCause[]>>>> = {
  "get-product": {
    error: ["not-found", "not-found", "gateway-forbidden"],
    throttle: ["ddb-throttled", "gateway-throttled"],
    fault: ["ddb-internal", "s3-slow-down"],
  },
  "create-order": {
    error: ["validation", "conditional-check", "payment-declined", "gateway-forbidden"],
    throttle: ["ddb-throttled", "gateway-throttled"],
    fault: ["payment-bad-gateway", "ddb-internal"],
  },
  "get-order": {
    error: ["not-found", "not-found", "gateway-forbidden"],
    throttle: ["ddb-throttled", "gateway-throttled"],
    fault: ["ddb-internal", "s3-slow-down"],
  },
  "get-invoice": {
    error: ["gateway-forbidden"],
    throttle: ["ddb-throttled", "gateway-throttled"],
    fault: ["file-not-found", "file-not-found", "ddb-internal"],
  },
};

function pickRoute(random: Random): Route {
  let u = random.next();
  for (const [route, weight] of ROUTES) {
    if (u < weight) return route;
    u -= weight;
  }
  return ROUTES[0][0];
}

/**
 * Takes every random decision about one request of the workload: route, outcome (by the
 * configured rates), latency (heavy-tailed), retries, cold start, and the delivery quirks.
 */
export function planRequest(random: Random, options: ResolvedWorkloadOptions): RequestPlan {
  const route = pickRoute(random);
  const u = random.next();
  const outcome: Outcome | "ok" =
    u < options.errorRate
      ? "error"
      : u < options.errorRate + options.throttleRate
        ? "throttle"
        : u < options.errorRate + options.throttleRate + options.faultRate
          ? "fault"
          : "ok";
  const cause: FailureCause = outcome === "ok" ? "none" : random.pick(CAUSES[route][outcome]);
  const gatewayOnly = isGatewayOnly(cause);
  const latency = gatewayOnly
    ? sampleLatency(random, { median: 0.004, sigma: 0.5, tailShare: 0 })
    : sampleLatency(random, { median: options.latencyMedian, sigma: options.latencySigma });
  const invokesLambda = route === "create-order" && cause === "none";
  const lambdaFails = invokesLambda && random.chance(options.faultRate);
  const independent = !gatewayOnly && random.chance(options.independentSubsegmentRate);
  let missing: MissingSegment = "none";
  if (!gatewayOnly && random.chance(options.missingSegmentRate)) {
    missing = invokesLambda && random.chance(0.5) ? "lambda" : "web";
  }
  return {
    route,
    cause,
    latency: latency.seconds,
    slow: latency.slow,
    recoveredThrottles:
      cause === "none" && random.chance(options.throttleRate) ? 1 + random.int(2) : 0,
    invokesLambda,
    coldStart: random.chance(0.15),
    lambdaFailures: lambdaFails ? 1 + (random.chance(0.3) ? 1 : 0) : 0,
    lambdaFailure: random.pick(["ses-message-rejected", "go-s3-slow-down", "timeout"] as const),
    inProgress: random.chance(options.inProgressRate),
    earlyInProgress: !gatewayOnly && random.chance(options.inProgressRate),
    independent,
    missing,
  };
}
