import { describe, expect, it } from "vitest";
import { compileFilter } from "../../src/filter/compileFilter";
import type { Trace } from "../../src/model/index";
import { assemble, http, seg, sub } from "./traceBuilder";

/**
 * web (root, user alice, EC2 i-1) ─ sub "GetItem" (aws, DynamoDB "users", 0.3 s, throttled)
 *                                  │   └─ inferred "users" (AWS::DynamoDB::Table)
 *                                  ├─ sub "render" (annotation step = "render", 503, exception "boom")
 *                                  └─ sub "call api" (remote) ─ segment "api" (fault, 500)
 *                                                                └─ sub "query"
 */
function sampleTrace(): Trace {
  const getItem = sub("DynamoDB", 0.1, 0.4, {
    namespace: "aws",
    aws: { table_name: "users", operation: "GetItem" },
    throttle: true,
    error: true,
    ...http(429),
  });
  const render = sub("render", 0.4, 0.5, {
    annotations: { step: "render" },
    fault: true,
    ...http(503),
    cause: { exceptions: [{ id: "0123456789abcdef", message: "boom" }] },
  });
  const callApi = sub("call api", 0.5, 0.9, { namespace: "remote", ...http(500, "http://api/x") });
  const root = seg("web", 0, 1, {
    user: "alice",
    origin: "AWS::EC2::Instance",
    aws: { account_id: "111", ec2: { instance_id: "i-1", availability_zone: "eu-west-1a" } },
    ...http(200, "http://web/"),
    subsegments: [getItem, render, callApi],
  });
  const api = seg("api", 0.55, 0.85, {
    parent_id: callApi.id,
    fault: true,
    ...http(500, "http://api/x"),
    subsegments: [sub("query", 0.6, 0.7)],
  });
  return assemble(root, api);
}

/** Names of the nodes that match, in tree order. */
function matching(expression: string, trace = sampleTrace()): string[] {
  const filter = compileFilter(expression);
  expect(filter.diagnostics).toEqual([]);
  const out: string[] = [];
  const stack = [...trace.roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (filter.matchesNode(node, trace)) out.push(`${node.kind}:${node.name}`);
    stack.push(...[...node.children].reverse());
  }
  return out;
}

describe("compileFilter().matchesNode", () => {
  it("reads the node's own http, flags and duration", () => {
    expect(matching("http.status = 500")).toEqual(["subsegment:call api", "segment:api"]);
    expect(matching("fault")).toEqual(["subsegment:render", "segment:api"]);
    // an inferred node copies the calling subsegment's flags and http (as X-Ray's do)
    expect(matching("throttle")).toEqual(["subsegment:DynamoDB", "inferred:users"]);
    expect(matching("responsetime >= 0.3 AND responsetime < 0.35")).toEqual([
      "subsegment:DynamoDB",
      "inferred:users",
      "segment:api",
    ]);
  });

  it("reads name (own) and type (the node's service) and inferred", () => {
    expect(matching('name CONTAINS "Dynamo"')).toEqual(["subsegment:DynamoDB"]);
    expect(matching('type = "AWS::DynamoDB::Table"')).toEqual(["inferred:users"]);
    expect(matching("inferred")).toEqual(["inferred:users"]);
  });

  it("gives every node of a segment its service's user, account, instance and zone", () => {
    const web = ["segment:web", "subsegment:DynamoDB", "subsegment:render", "subsegment:call api"];
    expect(matching('user = "alice"')).toEqual(web);
    expect(matching('account.id = "111"')).toEqual(web);
    expect(matching('instance.id = "i-1" AND availabilityzone = "eu-west-1a"')).toEqual(web);
  });

  it("reads the node's own annotations and exception messages", () => {
    expect(matching('annotation.step = "render"')).toEqual(["subsegment:render"]);
    expect(matching('message = "boom"')).toEqual(["subsegment:render"]);
  });

  it("matches every node of a segment of the service when the body holds on that segment", () => {
    expect(matching('service("api") { fault }')).toEqual(["segment:api", "subsegment:query"]);
    expect(matching('service("web") { fault }')).toEqual([]);
    expect(matching('service("users")')).toEqual(["inferred:users"]);
    expect(matching('service(id(type: "AWS::EC2::Instance")) { root }')).toEqual([
      "segment:web",
      "subsegment:DynamoDB",
      "subsegment:render",
      "subsegment:call api",
    ]);
  });

  it("matches both ends of an edge: the caller's subsegment and the callee", () => {
    expect(matching('edge("web", "api") { http.status = 500 }')).toEqual([
      "subsegment:call api",
      "segment:api",
    ]);
    expect(matching('edge("web", "users") { throttle }')).toEqual([
      "subsegment:DynamoDB",
      "inferred:users",
    ]);
    expect(matching('edge("web", "users") { fault }')).toEqual([]);
  });

  it("treats root causes as a property of the whole trace", () => {
    const all = matching("ok OR !ok");
    expect(all).toHaveLength(7);
    expect(matching('rootcause.fault.service { name = "api" }')).toEqual(all);
    expect(matching('rootcause.fault.service { name = "nope" }')).toEqual([]);
  });

  it("combines terms node by node", () => {
    expect(matching('fault AND !service("api")')).toEqual(["subsegment:render"]);
    expect(matching("throttle OR http.status = 503")).toEqual([
      "subsegment:DynamoDB",
      "inferred:users",
      "subsegment:render",
    ]);
  });

  it("re-evaluates trace-level terms when the trace changes", () => {
    const filter = compileFilter('rootcause.fault.service { name = "api" }');
    const a = sampleTrace();
    const b = assemble(seg("quiet", 0, 1));
    expect(filter.matchesNode(a.root!, a)).toBe(true);
    expect(filter.matchesNode(b.root!, b)).toBe(false);
    expect(filter.matchesNode(a.root!, a)).toBe(true);
  });
});
