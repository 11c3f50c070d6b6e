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

/** What varies between requests of one route. */
export interface RouteShape {
  readonly itemId: string;
  /** The request carries a session: the service looks it up first. */
  readonly authenticated: boolean;
  /** Line items of an order (1–6). */
  readonly items: number;
  /** Thumbnails a product page loads (0–6). */
  readonly thumbnails: number;
}

const one = (step: WebStep): WebEntry => ({ steps: [step] });
const repeat = (count: number, step: (i: number) => WebStep): WebStep[] =>
  Array.from({ length: count }, (_, i) => step(i));

/** The work a route does, before any failure is applied. */
export function routeEntries(route: Route, shape: RouteShape): WebEntry[] {
  const id = shape.itemId;
  const entries: WebEntry[] = [];
  if (shape.authenticated || route !== "get-product") {
    entries.push({
      group: "## authenticate",
      steps: [{ kind: "ddb", operation: "GetItem", table: tables.sessions, weight: 0.5 }],
    });
  }
  switch (route) {
    case "get-product":
      entries.push(
        {
          group: "## load_product",
          steps: [
            { kind: "ddb", operation: "GetItem", table: tables.products, weight: 1 },
            { kind: "ddb", operation: "GetItem", table: tables.inventory, weight: 0.7 },
            {
              kind: "s3",
              operation: "GetObject",
              bucket: buckets.images,
              key: `images/${id}.jpg`,
              weight: 1.6,
            },
          ],
        },
        {
          group: "## load_reviews",
          steps: [{ kind: "ddb", operation: "Query", table: tables.reviews, weight: 1.1 }],
        },
        ...repeat(
          shape.thumbnails,
          (i) =>
            ({
              kind: "s3",
              operation: "GetObject",
              bucket: buckets.images,
              key: `thumbs/${id}-${i + 1}.webp`,
              weight: 0.5,
            }) as const,
        ).map(one),
      );
      return entries;
    case "create-order":
      entries.push(
        one({ kind: "custom", name: "## validate_order", weight: 0.4 }),
        {
          group: "## reserve_inventory",
          steps: repeat(shape.items, () => ({
            kind: "ddb",
            operation: "UpdateItem",
            table: tables.inventory,
            weight: 0.6,
          })),
        },
        one({ kind: "ddb", operation: "PutItem", table: tables.orders, weight: 1.2 }),
        one({ kind: "payments", weight: 3.5 }),
        one({ kind: "sns", operation: "Publish", weight: 0.7 }),
        one({ kind: "invoke", operation: "Invoke", weight: 0.5 }),
      );
      return entries;
    case "get-order":
      entries.push(
        one({ kind: "ddb", operation: "Query", table: tables.orders, weight: 1.1 }),
        {
          group: "## load_items",
          steps: [
            { kind: "ddb", operation: "BatchGetItem", table: tables.products, weight: 1.3 },
            ...repeat(
              shape.items,
              (i) =>
                ({
                  kind: "s3",
                  operation: "GetObject",
                  bucket: buckets.images,
                  key: `thumbs/${id}-${i + 1}.webp`,
                  weight: 0.4,
                }) as const,
            ),
          ],
        },
        one({
          kind: "s3",
          operation: "GetObject",
          bucket: buckets.receipts,
          key: `receipts/${id}.pdf`,
          weight: 1.5,
        }),
      );
      return entries;
    case "get-invoice":
      entries.push(
        one({ kind: "ddb", operation: "GetItem", table: tables.orders, weight: 1 }),
        one({ kind: "custom", name: "## render_invoice", weight: 1.4 }),
        one({
          kind: "s3",
          operation: "PutObject",
          bucket: buckets.invoices,
          key: `invoices/${id}.pdf`,
          weight: 1.3,
        }),
      );
      return entries;
  }
}

interface FailureRule {
  readonly matches: (step: WebStep) => boolean;
  readonly failure: StepFailure;
}

const isData = (s: WebStep): boolean => s.kind === "ddb" && s.table !== tables.sessions;
const isObject = (s: WebStep): boolean => s.kind === "s3" && !(s.key ?? "").startsWith("thumbs/");

const RULES: Readonly<Partial<Record<FailureCause, FailureRule>>> = {
  "not-found": {
    matches: isObject,
    failure: { status: 404, exception: "s3-no-such-key" },
  },
  "s3-slow-down": {
    matches: isObject,
    failure: { status: 503, exception: "s3-slow-down" },
  },
  "ddb-internal": {
    matches: isData,
    failure: { status: 500, dynamoDb: "internal-error" },
  },
  "ddb-throttled": {
    matches: isData,
    failure: { status: 429, dynamoDb: "throttled" },
  },
  "conditional-check": {
    matches: (s) => s.kind === "ddb" && s.operation === "PutItem",
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
