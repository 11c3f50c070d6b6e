import { describe, expect, it } from "vitest";
import { compileFilter } from "../../src/filter/compileFilter";
import { MAX_FILTER_TREE_DEPTH } from "../../src/filter/checkFilter";
import type { FilterNode } from "../../src/filter/FilterNode";
import type { Trace, TraceSummary } from "../../src/model/index";
import { assemble, call, http, seg, sub, web } from "./traceBuilder";

const matches = (
  expression: string,
  trace: Trace,
  groups?: ReadonlyMap<string, string>,
): boolean => {
  const filter = compileFilter(expression, { groups });
  expect(filter.diagnostics).toEqual([]);
  return filter.matchesTrace(trace);
};

describe("compileFilter: missing fields and negation", () => {
  const noHttp = web({});
  it("never matches a comparison on a missing field, even with !=", () => {
    expect(matches("http.status != 200", noHttp)).toBe(false);
    expect(matches("http.status = 200", noHttp)).toBe(false);
    expect(matches('http.url != "x"', noHttp)).toBe(false);
    expect(matches("responsetime > 0", assemble(seg("web", 0, null)))).toBe(false);
  });

  it("negates a whole term with !, so a missing field matches !(field = value)", () => {
    expect(matches("!(http.status = 200)", noHttp)).toBe(true);
    expect(matches("!http.url", noHttp)).toBe(true);
    expect(matches("http.url", noHttp)).toBe(false);
  });

  it("compares booleans with = true / = false / != like bare and negated keywords", () => {
    const fault = web({ status: 500 });
    expect(matches("fault = true", fault)).toBe(true);
    expect(matches("fault != false", fault)).toBe(true);
    expect(matches("fault = false", fault)).toBe(false);
    expect(matches("ok != true", fault)).toBe(true);
  });

  it("compares strings case-sensitively with every string operator", () => {
    const t = web({ url: "https://Example.com/API/v2" });
    expect(matches('http.url BEGINSWITH "https://Example"', t)).toBe(true);
    expect(matches('http.url BEGINSWITH "https://example"', t)).toBe(false);
    expect(matches('http.url ENDSWITH "/v2"', t)).toBe(true);
    expect(matches('http.url CONTAINS "API"', t)).toBe(true);
    expect(matches('http.url CONTAINS "api"', t)).toBe(false);
    expect(matches('http.method = "GET"', t)).toBe(true);
  });

  it("compares times at microsecond precision (no floating-point surprises)", () => {
    expect(matches("responsetime = 0.3", web({ time: 0.3 }))).toBe(true);
    expect(matches("responsetime <= 0.3", web({ time: 0.3 }))).toBe(true);
    expect(matches("duration = 0.3", web({ time: 0.3 }))).toBe(true);
  });
});

describe("compileFilter: trace-level keywords", () => {
  it("reads the root segment for ok/error/fault and any segment for throttle", () => {
    const downstreamFault = assemble(
      ...call({ name: "web" }, { name: "db", extra: { fault: true } }),
    );
    expect(matches("fault", downstreamFault)).toBe(false);
    expect(matches("ok", downstreamFault)).toBe(true);
    const downstreamThrottle = assemble(
      ...call({ name: "web" }, { name: "db", extra: { throttle: true, error: true } }),
    );
    expect(matches("throttle", downstreamThrottle)).toBe(true);
    expect(matches("ok", downstreamThrottle)).toBe(false);
    expect(matches("error", downstreamThrottle)).toBe(false);
  });

  it("matches any user, zone, instance and ARN of the trace; != needs the field and no equal value", () => {
    const t = assemble(
      ...call(
        {
          name: "web",
          extra: {
            user: "alice",
            aws: { ec2: { instance_id: "i-1", availability_zone: "us-east-1a" } },
          },
        },
        {
          name: "db",
          extra: { user: "bob", resource_arn: "arn:aws:lambda:us-east-1:1:function:f" },
        },
      ),
    );
    expect(matches('user = "bob"', t)).toBe(true);
    expect(matches('user != "bob"', t)).toBe(false);
    expect(matches('user != "carol"', t)).toBe(true);
    expect(matches('user != "carol"', web({}))).toBe(false);
    expect(matches('instance.id = "i-1"', t)).toBe(true);
    expect(matches('availabilityzone BEGINSWITH "us-east-1"', t)).toBe(true);
    expect(matches('resource.arn CONTAINS ":function:"', t)).toBe(true);
  });

  it("reads name, type and account.id of the entry point, and partial and inferred of the trace", () => {
    const t = assemble(
      seg("api", 0, 1, {
        origin: "AWS::ECS::Container",
        aws: { account_id: "123" },
        subsegments: [sub("S3", 0.1, 0.2, { namespace: "aws" }), sub("work", 0.3, null)],
      }),
    );
    expect(matches('name = "api" AND type = "AWS::ECS::Container" AND account.id = "123"', t)).toBe(
      true,
    );
    expect(matches('name = "S3"', t)).toBe(false);
    expect(matches("partial AND inferred", t)).toBe(true);
    expect(matches("inferred", web({}))).toBe(false);
  });

  it("reads message from the exceptions of the trace's fault and error root causes", () => {
    const t = web({
      status: 500,
      extra: { cause: { exceptions: [{ id: "0123456789abcdef", message: "boom" }] } },
    });
    expect(matches('message = "boom"', t)).toBe(true);
    expect(matches('message CONTAINS "oo"', t)).toBe(true);
    expect(matches('message = "bang"', t)).toBe(false);
  });
});

describe("compileFilter: service and edge terms", () => {
  it("matches a service by any node of that name and a body on its segments only", () => {
    const t = assemble(...call({ name: "web", subExtra: { fault: true } }, { name: "db" }));
    expect(matches('service("db")', t)).toBe(true);
    expect(matches('service("db") { fault }', t)).toBe(false);
    expect(matches('service("web") { fault }', t)).toBe(false);
    expect(matches("service() { ok }", t)).toBe(true);
    expect(matches('!service("cache")', t)).toBe(true);
  });

  it("matches inferred downstream nodes by their inferred name and type", () => {
    const t = assemble(
      seg("web", 0, 1, {
        subsegments: [
          sub("DynamoDB", 0.1, 0.4, {
            namespace: "aws",
            aws: { table_name: "users" },
            throttle: true,
          }),
        ],
      }),
    );
    expect(
      matches('service(id(name: "users", type: "AWS::DynamoDB::Table")) { throttle }', t),
    ).toBe(true);
    expect(matches('edge("web", "users") { throttle }', t)).toBe(true);
    expect(matches('edge("users", "web")', t)).toBe(false);
  });

  it("follows a segment-to-segment connection (AWS::Lambda → its function)", () => {
    const invoke = sub("Lambda", 0.1, 0.9, { namespace: "aws" });
    const svc = seg("fn", 0.15, 0.85, { parent_id: invoke.id, origin: "AWS::Lambda", error: true });
    const fn = seg("fn", 0.2, 0.8, { parent_id: svc.id, origin: "AWS::Lambda::Function" });
    const t = assemble(seg("web", 0, 1, { subsegments: [invoke] }), svc, fn);
    const lambda = 'id(name: "fn", type: "AWS::Lambda")';
    const fnId = 'id(name: "fn", type: "AWS::Lambda::Function")';
    expect(matches(`edge(${lambda}, ${fnId}) { error }`, t)).toBe(true);
    expect(matches(`edge("web", ${lambda}) { error }`, t)).toBe(false);
  });

  it("evaluates an edge body on the caller's subsegment, not on the callee", () => {
    const t = assemble(
      ...call({ name: "web", subExtra: http(503) }, { name: "db", extra: { ...http(200) } }),
    );
    expect(matches('edge("web", "db") { http.status = 503 }', t)).toBe(true);
    expect(matches('edge("web", "db") { http.status = 200 }', t)).toBe(false);
  });
});

describe("compileFilter: the client's edge to the root service", () => {
  const orphanId = "abcdef0123456789";
  const t = assemble(
    seg("web", 0, 1, { origin: "AWS::ECS::Container", ...http(503) }),
    seg("worker", 0.2, 0.4, { parent_id: orphanId }),
  );

  it("matches edge(client, root) by the client's name (the root's) and type client", () => {
    expect(matches('edge("web", "web")', t)).toBe(true);
    expect(matches('edge(id(name: "web", type: "client"), "web")', t)).toBe(true);
    expect(matches('edge(id(type: "client"), id(type: "AWS::ECS::Container"))', t)).toBe(true);
    expect(matches('edge(id(name: "api", type: "client"), "web")', t)).toBe(false);
    expect(matches('edge(id(name: "web", type: "client::Synthetics"), "web")', t)).toBe(false);
    expect(matches('edge(id(name: "web", type: "client", account.id: "1"), "web")', t)).toBe(false);
  });

  it("tests an edge body on the root segment and finds no client above an orphan", () => {
    expect(matches('edge(id(type: "client"), "web") { http.status = 503 }', t)).toBe(true);
    expect(matches('edge(id(type: "client"), "web") { http.status = 200 }', t)).toBe(false);
    expect(matches('edge(id(type: "client"), "worker")', t)).toBe(false);
  });

  it("matches the root node at node level, and leaves the summary test to the tree", () => {
    const f = compileFilter('edge(id(type: "client"), "web") { http.status = 503 }');
    expect(f.matchesNode(t.root!, t)).toBe(true);
    expect(f.matchesNode(t.nodes.get(t.roots[1].id)!, t)).toBe(false);
    // unknown from the summary (client nodes are not in ServiceIds), so its negation is not true
    expect(compileFilter('!edge(id(type: "client"), "web")').matchesSummary(t.summary)).toBe(false);
    expect(compileFilter('!edge(id(type: "client"), "nope")').matchesSummary(t.summary)).toBe(true);
  });
});

describe("compileFilter: annotations are read as own keys only", () => {
  const traceWith = (annotations: string): Trace =>
    web({ annotations: JSON.parse(annotations) as Record<string, unknown> });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "treats '%s' as an ordinary absent key",
    (key) => {
      const t = traceWith('{"other": 1}');
      expect(matches(`annotation["${key}"]`, t)).toBe(false);
      expect(matches(`!annotation["${key}"]`, t)).toBe(true);
      expect(matches(`annotation["${key}"] != "x"`, t)).toBe(false);
    },
  );

  it.each(["constructor", "__proto__"])("treats '%s' as an ordinary present key", (key) => {
    const t = traceWith(`{"${key}": "v"}`);
    expect(matches(`annotation["${key}"] = "v"`, t)).toBe(true);
    expect(matches(`annotation["${key}"]`, t)).toBe(true);
  });

  it("reads a summary parsed from JSON (prototype-bearing objects) the same way", () => {
    const summary = JSON.parse(
      '{"Annotations": {"__proto__": [{"AnnotationValue": {"NumberValue": 3}}]}}',
    ) as TraceSummary;
    expect(compileFilter('annotation["__proto__"] > 2').matchesSummary(summary)).toBe(true);
    expect(compileFilter("annotation.constructor").matchesSummary(summary)).toBe(false);
  });

  it("types values: a number never equals a string and != needs the key", () => {
    const t = traceWith('{"n": 5, "s": "5", "b": true}');
    expect(matches("annotation.n = 5", t)).toBe(true);
    expect(matches('annotation.n = "5"', t)).toBe(false);
    expect(matches('annotation.s = "5"', t)).toBe(true);
    expect(matches("annotation.b = true", t)).toBe(true);
    expect(matches("annotation.n != 4", t)).toBe(true);
    expect(matches("annotation.missing != 4", t)).toBe(false);
    expect(matches('annotation.s CONTAINS "5"', t)).toBe(true);
    expect(matches("annotation.n >= 5", t)).toBe(true);
  });

  it("matches dotted keys written with brackets or dots", () => {
    const t = traceWith('{"http.route": "/users/{id}"}');
    expect(matches('annotation["http.route"] = "/users/{id}"', t)).toBe(true);
    expect(matches('annotation.http.route BEGINSWITH "/users"', t)).toBe(true);
  });
});

describe("compileFilter: groups", () => {
  const groups = new Map([
    ["slow", "responsetime > 3"],
    ["slow_faults", 'group.name = "slow" AND fault'],
    ["loop_a", 'group.name = "loop_b"'],
    ["loop_b", 'group.name = "loop_a"'],
    ["broken", "responsetime >"],
  ]);

  it("inlines a group's expression, by name and by ARN", () => {
    const slow = web({ time: 5 });
    expect(matches('group.name = "slow"', slow, groups)).toBe(true);
    expect(matches('group.name != "slow"', slow, groups)).toBe(false);
    expect(
      matches('group.arn = "arn:aws:xray:us-east-1:123456789012:group/slow/AB12"', slow, groups),
    ).toBe(true);
    expect(matches('group.name = "slow_faults"', slow, groups)).toBe(false);
    expect(matches('group.name = "slow_faults"', web({ time: 5, status: 500 }), groups)).toBe(true);
  });

  it("reports unknown groups (with a suggestion), cycles and broken group expressions", () => {
    const codes = (text: string): string[] =>
      compileFilter(text, { groups }).diagnostics.map(
        (d) => `${d.code} ${d.from}-${d.to}${d.hint ? ` (${d.hint})` : ""}`,
      );
    expect(codes('group.name = "slwo"')).toEqual(["unknown-group 13-19 (did you mean 'slow'?)"]);
    expect(codes('group.name = "loop_a"')).toEqual(["group-cycle 13-21"]);
    expect(codes('ok AND group.name = "broken"')).toEqual(["invalid-group 20-28"]);
    expect(compileFilter('group.name = "slow"').diagnostics[0]).toMatchObject({
      code: "unknown-group",
      hint: "pass the groups to compileFilter",
    });
  });
});

describe("compileFilter: results and robustness", () => {
  it("matches everything for blank text and nothing when there are errors", () => {
    const t = web({});
    expect(compileFilter("  ").matchesTrace(t)).toBe(true);
    expect(compileFilter("").ok).toBe(true);
    const broken = compileFilter("responstime > 1");
    expect(broken.ok).toBe(false);
    expect(broken.matchesTrace(t)).toBe(false);
    expect(broken.matchesSummary(t.summary)).toBe(false);
    expect(broken.matchesNode(t.root!, t)).toBe(false);
  });

  it("keeps warnings without failing", () => {
    const filter = compileFilter('http.url = "C:\\temp"');
    expect(filter.ok).toBe(true);
    expect(filter.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(filter.matchesTrace(web({ url: "C:\\temp" }))).toBe(true);
  });

  it("compiles a tree built by hand and rejects one deeper than the limit", () => {
    const leaf: FilterNode = {
      kind: "keyword",
      keyword: { text: "fault", from: 0, to: 0 },
      operator: null,
      value: null,
      from: 0,
      to: 0,
    };
    expect(
      compileFilter({ kind: "not", operand: leaf, from: 0, to: 0 }).matchesTrace(
        web({ status: 200 }),
      ),
    ).toBe(true);
    let deep: FilterNode = leaf;
    for (let i = 0; i < MAX_FILTER_TREE_DEPTH + 10; i++)
      deep = { kind: "not", operand: deep, from: 0, to: 0 };
    expect(compileFilter(deep).diagnostics.map((d) => d.code)).toEqual(["too-deep"]);
  });

  it("never throws on malformed summaries and nodes, and does not match their broken fields", () => {
    const garbage = {
      Id: "x",
      Http: "not an object",
      Annotations: null,
      Users: [null, 3, { UserName: 5 }],
      ServiceIds: "nope",
      FaultRootCauses: [null, { Services: [null, { EntityPath: "x" }] }],
      ErrorRootCauses: {},
      ResponseTimeRootCauses: [{ Services: [{ EntityPath: [null, { Coverage: "1" }] }] }],
    } as unknown as TraceSummary;
    const expressions = [
      'http.url = "x"',
      'user = "x"',
      "annotation.k",
      'service("x")',
      'edge("a", "b")',
      "rootcause.fault.entity { last }",
      "rootcause.responsetime.entity { coverage > 0 }",
      'rootcause.json = #[{"Services": []}]',
      'message = "m"',
      'name = "x"',
      "responsetime > 1",
    ];
    for (const e of expressions) {
      const f = compileFilter(e);
      expect(() => f.matchesSummary(garbage)).not.toThrow();
      expect(f.matchesSummary(garbage)).toBe(false);
    }
    const t = web({
      extra: { http: "broken", annotations: [1, 2], aws: 7, cause: "0123456789abcdef" },
    });
    for (const e of ['http.url = "x"', "annotation.0", 'account.id = "7"', 'message = "m"']) {
      const f = compileFilter(e);
      expect(() => f.matchesTrace(t)).not.toThrow();
      expect(f.matchesNode(t.root!, t)).toBe(false);
    }
  });
});
