/**
 * Every documented example (xray-model.md §3.4) evaluated on traces built for it: one trace it
 * must match and one it must not, assembled from hand-written segment documents.
 */
import { describe, expect, it } from "vitest";
import { compileFilter } from "../../src/filter/compileFilter";
import type { Trace } from "../../src/model/index";
import {
  apiToBackend,
  asyncTrace,
  canary,
  dynamoAndRemote,
  faultChain,
  faultWithMessage,
  faultedInferred,
  lambda,
  oneChild,
  service,
  serviceChain,
  slowRemote,
  twoServices,
  weather,
} from "./exampleTraces";
import { assemble, call, seg, sub, web } from "./traceBuilder";
import { MISSING_BRACE_EXAMPLE, xrayExamples } from "./xrayExamples";

const groups = new Map([["high_response_time", "responseTime > 3"]]);

/** [expression, a trace it matches, a trace it does not match]. `{ filter }` is replaced. */
const table: [string, () => Trace, () => Trace][] = [
  ["responsetime > 5", () => web({ time: 6 }), () => web({ time: 5 })],
  ["duration >= 5 AND duration <= 8", () => asyncTrace(6), () => asyncTrace(9)],
  ["ok", () => web({ status: 200 }), () => web({ status: 500 })],
  ["!ok", () => web({ status: 404 }), () => web({ status: 200 })],
  ["ok = false", () => web({ status: 429 }), () => web({ status: 204 })],
  [
    'rootcause.fault.entity { last and name = "deserialize" }',
    () => faultChain(false),
    () => faultChain(true),
  ],
  [
    'rootcause.responsetime.entity { remote and coverage > 0.7 and name = "traces" }',
    () => slowRemote(8),
    () => slowRemote(4),
  ],
  [
    'rootcause.fault.service { inferred and name = traces and type = "AWS::DynamoDB" }',
    () => faultedInferred("traces"),
    () => faultedInferred("table"),
  ],
  [
    'service("data-plane") {root = true and fault = true}',
    () => web({ name: "data-plane", status: 503 }),
    () => twoServices("data-plane", { fault: true }),
  ],
  ["http.status != 200", () => web({ status: 500 }), () => web({ status: 200 })],
  [
    "ok !partial duration <3",
    () => web({ time: 2, status: 200 }),
    () => assemble(seg("web", 0, 2, { subsegments: [sub("pending", 0.5, null)] })),
  ],
  ["rootcause.fault.service { index > 5 }", () => serviceChain(7), () => serviceChain(6)],
  [
    "rootcause.responsetime.entity { last and coverage > 0.8 }",
    () => oneChild(9),
    () => oneChild(5),
  ],
  [
    'http.url CONTAINS "/api/game/"',
    () => web({ url: "http://example.com/api/game/42" }),
    () => web({ url: "http://example.com/api/user/42" }),
  ],
  ['user CONTAINS ""', () => web({ user: "alice" }), () => web({})],
  [
    'rootcause.fault.service { name = "Auth" }',
    () => twoServices("Auth", { fault: true }, { fault: true }),
    () => twoServices("Auth", {}, { fault: true }),
  ],
  [
    'rootcause.responsetime.service { last and type = "AWS::DynamoDB" }',
    () => dynamoAndRemote(8, 2),
    () => dynamoAndRemote(2, 8),
  ],
  [
    MISSING_BRACE_EXAMPLE + "}",
    () => faultWithMessage("Access Denied for account_id: 1234567890"),
    () => faultWithMessage("Access Denied"),
  ],
  [
    'service("api.example.com") { fault }',
    () => twoServices("api.example.com", { fault: true }),
    () => twoServices("api.example.com", {}, { fault: true }),
  ],
  [
    "service() { fault }",
    () => twoServices("backend", { fault: true }),
    () => twoServices("backend", { error: true }),
  ],
  [
    'edge("api.example.com", "backend.example.com") { error }',
    () => apiToBackend(404),
    () => apiToBackend(404, "other.example.com"),
  ],
  [
    'http.url BEGINSWITH "http://api.example.com/" AND http.url CONTAINS "/v2/" AND !service("api.example.com")',
    () => web({ name: "gateway", url: "http://api.example.com/v2/items" }),
    () => web({ name: "api.example.com", url: "http://api.example.com/v2/items" }),
  ],
  [
    "http.url AND responseTime > 2",
    () => web({ url: "http://x/", time: 3 }),
    () => web({ time: 3 }),
  ],
  [
    'annotation.gameid = "817DL6VO"',
    () => web({ annotations: { gameid: "817DL6VO" } }),
    () => web({ annotations: { gameid: "817DL6V0" } }),
  ],
  [
    "annotation.age",
    () => web({ annotations: { age: 0 } }),
    () => web({ annotations: { name: "x" } }),
  ],
  [
    "!annotation.age",
    () => web({ annotations: { name: "x" } }),
    () => web({ annotations: { age: 3 } }),
  ],
  [
    "annotation.age > 29",
    () => web({ annotations: { age: 30 } }),
    () => web({ annotations: { age: "30" } }),
  ],
  [
    'group.name = "high_response_time" AND user = "alice"',
    () => web({ user: "alice", time: 4 }),
    () => web({ user: "alice", time: 2 }),
  ],
  [
    'rootcause.json = #[{ "Services": [ { "Name": "GetWeatherData", "EntityPath": [{ "Name": "GetWeatherData" }, { "Name": "get_temperature" } ] }, { "Name": "GetTemperature", "EntityPath": [ { "Name": "GetTemperature" } ] } ] }]',
    () => weather("get_temperature"),
    () => weather("fetch"),
  ],
  [
    'id(name: "service-name", type:"service::type", account.id:"account-ID")',
    () => service("service-name", "service::type", "account-ID"),
    () => service("service-name", "service::type", "other"),
  ],
  [
    'id(name: "service-name", type:"service::type")',
    () => service("service-name", "service::type", "any"),
    () => service("service-name", "other::type", "any"),
  ],
  [
    'service(id(name: "service-name", type:"service::type")) { filter }',
    () => service("service-name", "service::type", "a", { fault: true }),
    () => service("service-name", "service::type", "a"),
  ],
  [
    'edge(id(name: "service-one", type:"service::type"), id(name: "service-two", type:"service::type")) { filter }',
    () =>
      assemble(
        ...call(
          { name: "service-one", origin: "service::type", subExtra: { fault: true } },
          { name: "service-two", origin: "service::type" },
        ),
      ),
    () =>
      assemble(
        ...call(
          { name: "service-one", origin: "service::type", subExtra: { fault: true } },
          { name: "service-two", origin: "other::type" },
        ),
      ),
  ],
  [
    'service("function-name") { error }',
    () => lambda(false, true, "function-name"),
    () => lambda(false, false, "function-name"),
  ],
  ['service("random-name") { error }', () => lambda(true, false), () => lambda(false, false)],
  [
    'service(id(name: "random-name", type: "AWS::Lambda::Function")) { error }',
    () => lambda(false, true),
    () => lambda(true, false),
  ],
  [
    'service(id(type: "AWS::Lambda::Function")) { error }',
    () => lambda(false, true, "other-name"),
    () => lambda(true, false, "other-name"),
  ],
  [
    'service(id(account.id: "account-id"))',
    () => service("s", "t", "account-id"),
    () => service("s", "t", "account-2"),
  ],
  [
    'fault = true AND http.url CONTAINS "example/game" AND responsetime >= 5',
    () => web({ status: 500, url: "http://example/game/1", time: 5 }),
    () => web({ status: 500, url: "http://example/game/1", time: 4.999 }),
  ],
  [
    'service("api.example.com") { fault = true OR responsetime >= 5 }',
    () =>
      assemble(
        ...call({ name: "frontend", time: 7 }, { name: "api.example.com", start: 0.5, end: 6 }),
      ),
    () => twoServices("api.example.com", {}),
  ],
  [
    'service(id(account.id:"X")) OR service(id(account.id:"Y"))',
    () => service("s", "t", "Y"),
    () => service("s", "t", "Z"),
  ],
  [
    'service("api.amazon.com") { fault = true OR responsetime > 2.5 } AND annotation.foo = "bar"',
    () => web({ name: "api.amazon.com", time: 3, annotations: { foo: "bar" } }),
    () => web({ name: "api.amazon.com", time: 3, annotations: { foo: "baz" } }),
  ],
  [
    'service("example.com") {fault}',
    () => web({ name: "example.com", status: 502 }),
    () => web({ name: "example.com", status: 404 }),
  ],
  [
    'service("example.com") {fault OR error}',
    () => web({ name: "example.com", status: 404 }),
    () => web({ name: "example.com", status: 200 }),
  ],
  [
    'service("mydomain.com") {fault OR error}',
    () => twoServices("mydomain.com", { error: true }),
    () => twoServices("mydomain.com", {}, { error: true }),
  ],
  ["responsetime > 2", () => web({ time: 2.001 }), () => web({ time: 2 })],
  [
    'edge(id(name: "www", type: "client::Synthetics"), id(name: "www", type: "AWS::ElasticBeanstalk::Environment"))',
    () => canary("AWS::ElasticBeanstalk::Environment"),
    () => canary("AWS::EC2::Instance"),
  ],
  [
    'service("api.example.com")',
    () => twoServices("api.example.com", {}),
    () => twoServices("api.example.org", {}),
  ],
  [
    'annotation.account = "12345"',
    () => web({ annotations: { account: "12345" } }),
    () => web({ annotations: { account: 12345 } }),
  ],
  ["duration > 5 AND duration < 8", () => asyncTrace(7), () => asyncTrace(8)],
  [
    'service("api.example.com") AND annotation.account = "12345"',
    () => twoServices("api.example.com", { annotations: { account: "12345" } }),
    () => twoServices("api.example.com", {}),
  ],
  [
    'edge("api.example.com", "backend.example.com")',
    () => apiToBackend(200),
    () => apiToBackend(200, "backend.example.org"),
  ],
  ["ok !partial duration < 3", () => web({ time: 1 }), () => web({ time: 3 })],
  [
    'service(id(name: "api.example.com", type: "AWS::EC2::Instance"))',
    () => apiToBackend(200),
    () => twoServices("api.example.com", {}),
  ],
];

describe("compileFilter on every documented example", () => {
  it("covers every example of xray-model.md §3.4", () => {
    const covered = new Set(
      table.map(([e]) => (e === MISSING_BRACE_EXAMPLE + "}" ? MISSING_BRACE_EXAMPLE : e)),
    );
    expect(xrayExamples.filter((e) => !covered.has(e))).toEqual([]);
  });

  it.each(table)("%s", (example, matching, other) => {
    const expression = example.replace("{ filter }", "{ fault }");
    const filter = compileFilter(expression, { groups });
    expect(filter.diagnostics).toEqual([]);
    expect(filter.matchesTrace(matching())).toBe(true);
    expect(filter.matchesTrace(other())).toBe(false);
  });

  it("compiles the example with the missing '}' to a filter that matches nothing", () => {
    const filter = compileFilter(MISSING_BRACE_EXAMPLE);
    expect(filter.ok).toBe(false);
    expect(filter.matchesTrace(faultWithMessage("Access Denied for account_id: 1234567890"))).toBe(
      false,
    );
  });
});
