import { describe, expect, it } from "vitest";
import type {
  CauseObject,
  Entity,
  Segment,
  SegmentDocument,
  Subsegment,
} from "../../src/model/index";
import { assembleTraces } from "../../src/assemble/index";
import { readSegmentDocuments } from "../../src/formats/index";
import { generateScenario, SCENARIO_KINDS } from "../../src/sample/generateScenario";
import { checkDocument, entitiesOf } from "./documentChecks";

const all = (docs: readonly SegmentDocument[]): Entity[] => docs.flatMap((d) => entitiesOf(d));
const named = (docs: readonly SegmentDocument[], name: string): Entity[] =>
  all(docs).filter((e) => e.name === name);
const byOrigin = (docs: readonly SegmentDocument[], origin: string): Segment[] =>
  docs.filter((d) => (d as Segment).origin === origin) as Segment[];

describe("generateScenario", () => {
  it.each(SCENARIO_KINDS)("%s gives one trace of valid documents the reader accepts", (kind) => {
    const docs = generateScenario(kind, { seed: 4 });
    expect(new Set(docs.map((d) => d.trace_id)).size).toBe(1);
    expect(docs.flatMap(checkDocument)).toEqual([]);
    const read = readSegmentDocuments(docs);
    expect(read.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(read.documents).toHaveLength(docs.length);
  });

  it.each(SCENARIO_KINDS)("%s is deterministic per seed and varies with it", (kind) => {
    const a = JSON.stringify(generateScenario(kind, { seed: 12 }));
    expect(JSON.stringify(generateScenario(kind, { seed: 12 }))).toBe(a);
    expect(JSON.stringify(generateScenario(kind, { seed: 13 }))).not.toBe(a);
  });

  it("starts the trace at the given start time", () => {
    const docs = generateScenario("web-s3", { startTime: 1_600_000_000 });
    const start = Math.min(...docs.map((d) => d.start_time));
    expect(start).toBeCloseTo(1_600_000_000, 6);
    expect(docs[0].trace_id.slice(2, 10)).toBe((1_600_000_000).toString(16));
  });

  it("web-s3: API Gateway stage calls the ECS web service, which reads DynamoDB and S3", () => {
    const docs = generateScenario("web-s3");
    const [gateway] = byOrigin(docs, "AWS::APIGateway::Stage");
    const [web] = byOrigin(docs, "AWS::ECS::Container");
    expect(gateway.name).toBe("storefront-api/prod");
    expect(gateway.parent_id).toBeUndefined();
    expect(web.parent_id).toBe(gateway.subsegments![0].id);
    expect(web.aws?.ecs).toMatchObject({ launch_type: "FARGATE" });
    expect(web.aws?.ecs?.task_arn).toMatch(/^arn:aws:ecs:us-west-2:\d{12}:task\//);
    expect(web.http?.request?.url).toMatch(/\/api\/products\/P-\d+$/);
    expect(web.http?.response?.status).toBe(200);
    const s3 = named(docs, "S3") as Subsegment[];
    expect(s3.length).toBeGreaterThan(0);
    expect(s3[0]).toMatchObject({ namespace: "aws", aws: { operation: "GetObject" } });
    expect(s3[0].aws?.bucket_name).toBe("storefront-product-images");
    const tables = named(docs, "DynamoDB").map((e) => e.aws?.table_name);
    expect(tables).toContain("storefront-products");
    const values = Object.values(web.annotations ?? {});
    expect(new Set(values.map((v) => typeof v))).toEqual(new Set(["string", "boolean"]));
    expect(Object.keys(web.metadata ?? {})).toContain("default");
  });

  it("fault-file-not-found: a FileNotFoundError with a Python stack makes the request a 500", () => {
    const docs = generateScenario("fault-file-not-found");
    const failing = all(docs).find(
      (e) => typeof e.cause === "object" && e.cause.exceptions?.[0]?.type === "FileNotFoundError",
    )!;
    expect(failing.fault).toBe(true);
    const [x] = (failing.cause as CauseObject).exceptions!;
    expect(x.message).toContain("No such file or directory");
    expect(x.stack!.length).toBeGreaterThanOrEqual(3);
    expect(x.stack![0].path).toMatch(/\.py$/);
    for (const frame of x.stack!) {
      expect(typeof frame.line).toBe("number");
      expect(frame.label!.length).toBeGreaterThan(0);
    }
    const [web] = byOrigin(docs, "AWS::ECS::Container");
    expect(web).toMatchObject({ fault: true, cause: x.id, http: { response: { status: 500 } } });
    const [gateway] = byOrigin(docs, "AWS::APIGateway::Stage");
    expect(gateway).toMatchObject({ fault: true, http: { response: { status: 500 } } });
  });

  it("lambda-async: Invoke → AWS::Lambda (Dwell Time, Attempts) → AWS::Lambda::Function per attempt", () => {
    const docs = generateScenario("lambda-async");
    const invoke = named(docs, "Lambda")[0] as Subsegment;
    expect(invoke).toMatchObject({
      namespace: "aws",
      aws: { operation: "Invoke", invocation_type: "Event" },
      http: { response: { status: 202 } },
    });
    const [service] = byOrigin(docs, "AWS::Lambda");
    expect(service.parent_id).toBe(invoke.id);
    const phases = service.subsegments!.map((s) => s.name);
    expect(phases).toEqual(["Dwell Time", "Attempt", "Attempt"]);
    const [dwell, first, second] = service.subsegments!;
    expect(dwell.start_time).toBe(service.start_time);
    expect(first.start_time).toBeCloseTo(dwell.end_time!, 6);
    expect(first.fault).toBe(true);
    expect(second.fault).toBeUndefined();

    const functions = byOrigin(docs, "AWS::Lambda::Function").sort(
      (a, b) => a.start_time - b.start_time,
    );
    expect(functions).toHaveLength(2);
    functions.forEach((fn, i) => {
      const attempt = [first, second][i];
      expect(fn.parent_id).toBe(service.id);
      expect(fn.start_time).toBeGreaterThanOrEqual(attempt.start_time);
      expect(fn.end_time!).toBeLessThanOrEqual(attempt.end_time!);
    });
    const [cold, warm] = functions;
    expect(cold.subsegments!.map((s) => s.name)).toEqual([
      "Initialization",
      "Invocation",
      "Overhead",
    ]);
    expect(cold.subsegments![0].start_time).toBeLessThan(cold.start_time);
    expect(cold.fault).toBe(true);
    const invocation = warm.subsegments!.find((s) => s.name === "Invocation")!;
    const overhead = warm.subsegments!.find((s) => s.name === "Overhead")!;
    expect(overhead.start_time).toBe(invocation.end_time);
    const calls = invocation.subsegments!.filter((s) => s.namespace === "aws").map((s) => s.name);
    expect(calls).toEqual(["S3", "SES"]);
    const s3 = cold.subsegments![1].subsegments!.find((s) => s.name === "S3")!;
    expect(s3.subsegments!.map((s) => s.name)).toEqual(["marshal", "attempt", "unmarshal"]);
    const attemptPhases = s3.subsegments![1].subsegments!;
    expect(attemptPhases.map((s) => s.name)).toEqual(["connect", "request", "response"]);
    expect(attemptPhases[0].subsegments!.map((s) => s.name)).toEqual(["dns", "dial", "tls"]);
    const render = invocation.subsegments!.find((s) => s.name === "Receipt.Render")!;
    expect(Object.keys(render.annotations!)).toEqual(["Receipt.Render.Pages"]);
  });

  it("in-progress: running segments are sent in progress, without end, and never completed", () => {
    const docs = generateScenario("in-progress");
    const running = docs.filter((d) => d.in_progress === true);
    expect(running.length).toBeGreaterThan(0);
    const complete = new Set(docs.filter((d) => d.in_progress !== true).map((d) => d.id));
    for (const d of running) {
      expect(d.end_time).toBeUndefined();
      expect(complete.has(d.id)).toBe(false);
    }
    const [gateway] = byOrigin(docs, "AWS::APIGateway::Stage");
    expect(gateway.in_progress).toBe(true);
    expect(gateway.http?.response).toBeUndefined();
  });

  it("orphans: the web service's segment never arrives, leaving documents without parent", () => {
    const docs = generateScenario("orphans");
    expect(byOrigin(docs, "AWS::ECS::Container")).toEqual([]);
    const ids = new Set(all(docs).map((e) => e.id));
    const orphans = docs.filter((d) => d.parent_id !== undefined && !ids.has(d.parent_id));
    expect(orphans.length).toBeGreaterThan(0);
    expect(docs.some((d) => d.type === "subsegment")).toBe(true);
    const { diagnostics } = assembleTraces(docs);
    expect(diagnostics.filter((d) => d.code === "orphan").length).toBe(orphans.length);
  });

  it("dynamodb-throttle: four throttled attempts with backoff, retries 3, answered with 429", () => {
    const docs = generateScenario("dynamodb-throttle");
    const ddb = named(docs, "DynamoDB").find((e) => e.throttle === true) as Subsegment;
    expect(ddb).toMatchObject({
      namespace: "aws",
      throttle: true,
      error: true,
      aws: { table_name: "storefront-orders", retries: 3 },
      http: { response: { status: 429 } },
    });
    const attempts = ddb.subsegments!;
    expect(attempts.map((a) => a.name)).toEqual(["attempt", "attempt", "attempt", "attempt"]);
    for (const a of attempts) expect(a).toMatchObject({ throttle: true, error: true });
    const gaps = attempts.slice(1).map((a, i) => a.start_time - attempts[i].end_time!);
    for (const g of gaps) expect(g).toBeGreaterThan(0);
    expect(gaps[2]).toBeGreaterThan(gaps[0]);
    const [gateway] = byOrigin(docs, "AWS::APIGateway::Stage");
    expect(gateway).toMatchObject({
      throttle: true,
      error: true,
      http: { response: { status: 429 } },
    });
  });

  it("http-dependency: a remote call to payments.example.com takes most of the request", () => {
    const docs = generateScenario("http-dependency");
    const call = named(docs, "payments.example.com")[0] as Subsegment;
    expect(call).toMatchObject({
      namespace: "remote",
      http: { request: { method: "POST", url: "https://payments.example.com/charge" } },
    });
    const [web] = byOrigin(docs, "AWS::ECS::Container");
    const share = (call.end_time! - call.start_time) / (web.end_time! - web.start_time);
    expect(share).toBeGreaterThan(0.5);
  });

  it("rejects an unknown kind as a programmer error", () => {
    expect(() => generateScenario("nope" as never)).toThrow(RangeError);
  });
});
