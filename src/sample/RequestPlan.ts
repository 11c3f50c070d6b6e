/** The routes of the simulated web service. */
export type Route = "get-product" | "create-order" | "get-order" | "get-invoice";

/** Why a request did not end in 2xx (or `none`). Each names where the failure starts. */
export type FailureCause =
  | "none"
  | "gateway-forbidden"
  | "gateway-throttled"
  | "not-found"
  | "conditional-check"
  | "payment-declined"
  | "validation"
  | "ddb-throttled"
  | "file-not-found"
  | "ddb-internal"
  | "s3-slow-down"
  | "payment-bad-gateway";

/** How an asynchronous Lambda attempt fails. */
export type LambdaFailure = "ses-message-rejected" | "go-s3-slow-down" | "timeout";

/** Which downstream segment never arrives. */
export type MissingSegment = "none" | "web" | "lambda";

/** Every decision about one request, taken before its documents are built. */
export interface RequestPlan {
  readonly route: Route;
  readonly cause: FailureCause;
  /** Response time of the entry point, seconds. */
  readonly latency: number;
  /** The latency came from the tail: one downstream call takes most of the time. */
  readonly slow: boolean;
  /** Which kind of call is the slow one when `slow` (default: a random call). */
  readonly slowCall?: "ddb" | "s3" | "sns" | "payments";
  /** Throttled DynamoDB attempts before a successful one (0 = not throttled). */
  readonly recoveredThrottles: number;
  /** Whether the create-order route invokes the receipt Lambda (only create-order does). */
  readonly invokesLambda: boolean;
  readonly coldStart: boolean;
  /** Failed Lambda attempts before the successful one (0–2; Lambda retries twice). */
  readonly lambdaFailures: number;
  readonly lambdaFailure: LambdaFailure;
  /** Captured while running: in-progress documents and no complete copy. */
  readonly inProgress: boolean;
  /** The web service also sends an in-progress copy of its segment when it starts. */
  readonly earlyInProgress: boolean;
  /** Some web-service subsegments are sent as separate documents. */
  readonly independent: boolean;
  readonly missing: MissingSegment;
}

/** HTTP status the entry point answers with for a cause on a route. */
export function statusOfCause(cause: FailureCause, route: Route): number {
  switch (cause) {
    case "none":
      return route === "create-order" ? 201 : 200;
    case "gateway-forbidden":
      return 403;
    case "gateway-throttled":
    case "ddb-throttled":
      return 429;
    case "not-found":
      return 404;
    case "conditional-check":
      return 409;
    case "payment-declined":
      return 402;
    case "validation":
      return 400;
    case "file-not-found":
    case "ddb-internal":
      return 500;
    case "s3-slow-down":
      return 503;
    case "payment-bad-gateway":
      return 502;
  }
}

/** True when the request never reaches the web service (API Gateway answers itself). */
export function isGatewayOnly(cause: FailureCause): boolean {
  return cause === "gateway-forbidden" || cause === "gateway-throttled";
}
