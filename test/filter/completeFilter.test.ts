import { describe, expect, it } from "vitest";
import { completeFilter } from "../../src/filter/completeFilter";
import type { Trace } from "../../src/model/index";
import { assemble, call, http, seg, sub, web } from "./traceBuilder";

const traces: readonly Trace[] = [
  assemble(
    ...call(
      {
        name: "api.example.com",
        origin: "AWS::EC2::Instance",
        extra: { aws: { account_id: "111" }, user: "alice", ...http(200, "http://api/x", "GET") },
      },
      {
        name: "backend",
        origin: "AWS::ECS::Container",
        extra: { annotations: { gameid: "817DL6VO", age: 30, "http.route": "/u" } },
      },
    ),
  ),
  web({ name: "api.example.com", status: 500, user: "bob", annotations: { gameid: "A1" } }),
  assemble(
    seg("worker", 0, 1, {
      subsegments: [sub("DynamoDB", 0.1, 0.2, { namespace: "aws", aws: { table_name: "users" } })],
    }),
  ),
];

const labels = (text: string, offset = text.length): string[] =>
  completeFilter(text, offset, { traces }).items.map((i) => i.label);

describe("completeFilter", () => {
  it("offers trace-level keywords, functions and annotation keys where a term starts", () => {
    const c = completeFilter("", 0, { traces });
    expect(c.expected).toEqual(["term"]);
    const all = c.items.map((i) => i.label);
    expect(all).toEqual(
      expect.arrayContaining([
        "ok",
        "responsetime",
        "http.url",
        "service()",
        "edge()",
        "id()",
        "group.name",
        "rootcause.fault.entity",
        "rootcause.json",
        "annotation.gameid",
        'annotation["http.route"]',
        "!",
        "(",
      ]),
    );
    expect(all).not.toContain("root");
    expect(all).not.toContain("index");
  });

  it("filters by the word under the cursor and replaces the whole word", () => {
    const c = completeFilter("ok AND resp", 11);
    expect(c).toMatchObject({ from: 7, to: 11 });
    expect(c.items.map((i) => i.label)).toEqual(["responsetime"]);
    expect(labels("ok AND RESP")).toEqual(["responsetime"]);
    expect(completeFilter("responsetime > 1", 4)).toMatchObject({ from: 0, to: 12 });
    expect(labels("annotation.ga", 13)).toEqual(["annotation.gameid"]);
  });

  it("offers the operators of the keyword's type, then AND / OR", () => {
    expect(labels("responsetime ")).toEqual(["=", "!=", "<", "<=", ">", ">=", "AND", "OR"]);
    expect(labels("http.url ")).toEqual([
      "=",
      "!=",
      "CONTAINS",
      "BEGINSWITH",
      "ENDSWITH",
      "AND",
      "OR",
    ]);
    expect(labels("fault ")).toEqual(["=", "!=", "AND", "OR"]);
    expect(labels("group.name ")).toEqual(["=", "!="]);
    expect(labels("(ok ")).toContain(")");
  });

  it("offers values seen in the traces for the keyword or annotation", () => {
    expect(labels("user = ")).toEqual(['"alice"', '"bob"']);
    expect(labels('user = "a')).toEqual(['"alice"']);
    expect(labels("user = a")).toEqual(['"alice"']);
    expect(labels("http.status = ")).toEqual(["200", "500"]);
    expect(labels("annotation.gameid = ")).toEqual(['"817DL6VO"', '"A1"']);
    expect(labels("annotation.age > ")).toEqual(["30"]);
    expect(labels("fault = ")).toEqual(["true", "false"]);
    expect(labels("name = ")).toEqual(
      expect.arrayContaining(['"api.example.com"', '"backend"', '"users"']),
    );
  });

  it("offers service names inside service( and edge(, and id() arguments", () => {
    expect(labels("service(")).toEqual([
      '"api.example.com"',
      '"backend"',
      '"users"',
      '"worker"',
      "id()",
    ]);
    expect(labels('edge("api.example.com", ')).toContain('"backend"');
    expect(labels('edge("api.example.com" ')).toEqual([",", ")"]);
    expect(labels("service(id(")).toEqual(["name:", "type:", "account.id:"]);
    expect(labels("service(id(type: ")).toEqual([
      '"AWS::DynamoDB::Table"',
      '"AWS::EC2::Instance"',
      '"AWS::ECS::Container"',
    ]);
    expect(labels("id(account.id: ")).toEqual(['"111"']);
  });

  it("switches to the keywords of a body's scope", () => {
    const service = labels('service("backend") { ');
    expect(service).toContain("root");
    expect(service).not.toContain("service()");
    const rootCause = labels("rootcause.responsetime.entity { ");
    expect(rootCause).toEqual(expect.arrayContaining(["coverage", "remote", "last", "name"]));
    expect(rootCause).not.toContain("message");
    expect(labels("rootcause.fault.entity { ")).not.toContain("coverage");
    expect(labels('service("a") { fault } ')).toEqual(["AND", "OR"]);
    expect(labels('service("a") { fault ')).toEqual(["=", "!=", "AND", "OR", "}"]);
  });

  it("offers { after a service call and a root-cause keyword", () => {
    expect(completeFilter('service("a") ', 13).expected).toEqual(["open-brace", "logical"]);
    expect(labels("rootcause.fault.service ")).toEqual(["{"]);
  });

  it("works without traces and clamps offsets", () => {
    expect(completeFilter("user = ", 7).items).toEqual([]);
    expect(completeFilter("ok", 99).items.map((i) => i.label)).toEqual(["ok"]);
    expect(completeFilter("ok", -5)).toMatchObject({ from: 0, to: 0, expected: ["term"] });
    expect(completeFilter("ok", Number.NaN).from).toBe(0);
  });

  it("limits value lists and caches what it collects per traces array", () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      web({ user: `user-${String(i).padStart(2, "0")}` }),
    );
    expect(completeFilter("user = ", 7, { traces: many, limit: 5 }).items).toHaveLength(5);
    const first = completeFilter("user = ", 7, { traces: many, limit: 5 });
    expect(completeFilter("user = ", 7, { traces: many, limit: 5 }).items).toEqual(first.items);
  });
});
