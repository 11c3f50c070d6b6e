import type { ExceptionKind } from "./createException";
import type { DynamoDbResult } from "./buildDynamoDbCall";
import type { FailureCause, Route } from "./RequestPlan";
import { SAMPLE_APPLICATION } from "./sampleApplication";

/** One unit of work of the web service: a downstream call or a custom subsegment. */
export interface WebStep {
  readonly kind: "ddb" | "s3" | "sns" | "payments" | "invoke" | "custom";
  readonly name?: string;
  readonly operation?: string;
  readonly table?: string;
  readonly bucket?: string;
  readonly key?: string;
  /** Relative share of the request's time. */
  readonly weight: number;
  /** Set on the step where the request fails. */
  readonly failure?: StepFailure;
}

/** How the failing step fails. */
export interface StepFailure {
  readonly status: number;
  readonly exception?: ExceptionKind;
  readonly dynamoDb?: DynamoDbResult;
}

/** Top-level work: one step, or a custom subsegment (`group`) wrapping several. */
export interface WebEntry {
  readonly group?: string;
  readonly steps: readonly WebStep[];
}

const { tables, buckets } = SAMPLE_APPLICATION;

/** The work a route does, before any failure is applied. */
export function routeEntries(route: Route, itemId: string, extraImage: boolean): WebEntry[] {
  switch (route) {
    case "get-product": {
      const entries: WebEntry[] = [
        {
          group: "## load_product",
          steps: [
            { kind: "ddb", operation: "GetItem", table: tables.products, weight: 1 },
            {
              kind: "s3",
              operation: "GetObject",
              bucket: buckets.images,
              key: `images/${itemId}.jpg`,
              weight: 1.6,
            },
          ],
        },
      ];
      if (extraImage) {
        entries.push({
          steps: [
            {
              kind: "s3",
              operation: "GetObject",
              bucket: buckets.images,
              key: `thumbs/${itemId}.webp`,
              weight: 0.9,
            },
          ],
        });
      }
      return entries;
    }
    case "create-order":
      return [
        { steps: [{ kind: "custom", name: "## validate_order", weight: 0.4 }] },
        { steps: [{ kind: "ddb", operation: "PutItem", table: tables.orders, weight: 1.2 }] },
        { steps: [{ kind: "payments", weight: 3.5 }] },
        { steps: [{ kind: "sns", operation: "Publish", weight: 0.7 }] },
        { steps: [{ kind: "invoke", operation: "Invoke", weight: 0.5 }] },
      ];
    case "get-order":
      return [
        { steps: [{ kind: "ddb", operation: "Query", table: tables.orders, weight: 1.1 }] },
        {
          steps: [
            {
              kind: "s3",
              operation: "GetObject",
              bucket: buckets.receipts,
              key: `receipts/${itemId}.pdf`,
              weight: 1.5,
            },
          ],
        },
      ];
    case "get-invoice":
      return [
        { steps: [{ kind: "ddb", operation: "GetItem", table: tables.orders, weight: 1 }] },
        { steps: [{ kind: "custom", name: "## render_invoice", weight: 1.4 }] },
        {
          steps: [
            {
              kind: "s3",
              operation: "PutObject",
              bucket: buckets.invoices,
              key: `invoices/${itemId}.pdf`,
              weight: 1.3,
            },
          ],
        },
      ];
  }
}

interface FailureRule {
  readonly matches: (step: WebStep) => boolean;
  readonly failure: StepFailure;
}

const RULES: Readonly<Partial<Record<FailureCause, FailureRule>>> = {
  "not-found": {
    matches: (s) => s.kind === "s3",
    failure: { status: 404, exception: "s3-no-such-key" },
  },
  "s3-slow-down": {
    matches: (s) => s.kind === "s3",
    failure: { status: 503, exception: "s3-slow-down" },
  },
  "ddb-internal": {
    matches: (s) => s.kind === "ddb",
    failure: { status: 500, dynamoDb: "internal-error" },
  },
  "ddb-throttled": {
    matches: (s) => s.kind === "ddb",
    failure: { status: 429, dynamoDb: "throttled" },
  },
  "conditional-check": {
    matches: (s) => s.kind === "ddb",
    failure: { status: 400, dynamoDb: "conditional-check" },
  },
  "payment-declined": {
    matches: (s) => s.kind === "payments",
    failure: { status: 402, exception: "payment-declined" },
  },
  "payment-bad-gateway": {
    matches: (s) => s.kind === "payments",
    failure: { status: 502, exception: "payment-bad-gateway" },
  },
  validation: {
    matches: (s) => s.name === "## validate_order",
    failure: { status: 400, exception: "validation" },
  },
  "file-not-found": {
    matches: (s) => s.name === "## render_invoice",
    failure: { status: 500, exception: "file-not-found" },
  },
};

/**
 * Marks the step where `cause` strikes and drops the work after it (the exception aborts the
 * handler). Entries are unchanged when the cause does not apply to the route.
 */
export function applyFailure(entries: readonly WebEntry[], cause: FailureCause): WebEntry[] {
  const rule = RULES[cause];
  if (rule === undefined) return [...entries];
  const out: WebEntry[] = [];
  for (const entry of entries) {
    const steps: WebStep[] = [];
    for (const step of entry.steps) {
      if (rule.matches(step)) {
        steps.push({ ...step, failure: rule.failure });
        out.push({ ...entry, steps });
        return out;
      }
      steps.push(step);
    }
    out.push(entry);
  }
  return out;
}
