import { describe, expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/assembleTraces";
import { computeTraceSummary } from "../../src/assemble/computeTraceSummary";
import type { SegmentDocument } from "../../src/model/SegmentDocument";
import type { Trace } from "../../src/model/Trace";
import { TRACE, independent, segment, subsegment } from "./documents";

function one(documents: SegmentDocument[], inferSegments = true): Trace {
  const { traces } = assembleTraces(documents, { inferSegments });
  expect(traces).toHaveLength(1);
  return traces[0];
}

const front = (fields: Record<string, unknown> = {}) =>
  segment("front", {
    origin: "AWS::EC2::Instance",
    start_time: 10,
    end_time: 12.5,
    aws: {
      account_id: "111122223333",
      ec2: { instance_id: "i-1", availability_zone: "us-west-2a" },
    },
    ...fields,
  });

describe("computeTraceSummary times and flags", () => {
  it("computeTraceSummary measures Duration from first start to last end and ResponseTime on the root", () => {
    const s = one([
      front({
        subsegments: [
          subsegment("async", { namespace: "aws", name: "SQS", start_time: 10.5, end_time: 11 }),
        ],
      }),
      segment("worker", { parent_id: "async", start_time: 11, end_time: 14.25 }),
    ]).summary;
    expect(s.Id).toBe(TRACE);
    expect(s.StartTime).toBe(10);
    expect(s.Duration).toBeCloseTo(4.25, 9);
    expect(s.ResponseTime).toBeCloseTo(2.5, 9);
  });

  it("computeTraceSummary rounds times to microseconds", () => {
    const s = one([
      segment("r", { start_time: 1.499473411562e9, end_time: 1.499473414794e9 }),
    ]).summary;
    expect(s.Duration).toBe(3.232);
    expect(s.ResponseTime).toBe(3.232);
  });

  it("computeTraceSummary takes HasFault and HasError from the root segment only", () => {
    const downstream = one([
      front({ subsegments: [subsegment("c", { namespace: "remote", name: "b" })] }),
      segment("back", { parent_id: "c", fault: true, error: true }),
    ]).summary;
    expect([downstream.HasFault, downstream.HasError]).toEqual([false, false]);
    const root = one([front({ fault: true })]).summary;
    expect([root.HasFault, root.HasError]).toEqual([true, false]);
  });

  it("computeTraceSummary sets HasThrottle when any segment, inferred ones included, is throttled", () => {
    const s = one([
      front({
        subsegments: [
          subsegment("ddb", { namespace: "aws", name: "DynamoDB", throttle: true, error: true }),
        ],
      }),
    ]).summary;
    expect(s.HasThrottle).toBe(true);
    const custom = one([front({ subsegments: [subsegment("x", { throttle: true })] })]).summary;
    expect(custom.HasThrottle).toBe(false);
  });

  it("computeTraceSummary marks a trace partial for in-progress entities, orphans or a missing root", () => {
    expect(one([front()]).summary.IsPartial).toBe(false);
    expect(
      one([front({ subsegments: [subsegment("p", { in_progress: true, end_time: undefined })] })])
        .summary.IsPartial,
    ).toBe(true);
    expect(one([front(), independent("o", "gone")]).summary.IsPartial).toBe(true);
    const rootless = one([segment("child", { parent_id: "gone", end_time: 103 })]).summary;
    expect(rootless.IsPartial).toBe(true);
    expect(rootless.ResponseTime).toBeCloseTo(3, 9);
  });

  it("computeTraceSummary leaves ResponseTime undefined while the root is in progress", () => {
    const s = one([front({ in_progress: true, end_time: undefined })]).summary;
    expect(s.ResponseTime).toBeUndefined();
    expect(s.IsPartial).toBe(true);
  });

  it("computeTraceSummary copies the root's request and response into Http", () => {
    const s = one([
      front({
        http: {
          request: {
            url: "https://a.example/x",
            method: "POST",
            user_agent: "ua",
            client_ip: "1.2.3.4",
          },
          response: { status: 201 },
        },
      }),
    ]).summary;
    expect(s.Http).toEqual({
      HttpURL: "https://a.example/x",
      HttpMethod: "POST",
      UserAgent: "ua",
      ClientIp: "1.2.3.4",
      HttpStatus: 201,
    });
  });

  it("computeTraceSummary counts the documents a trace was assembled from as Revision", () => {
    const s = one([
      front({ subsegments: [subsegment("a"), subsegment("b")] }),
      independent("i", "a"),
      segment("back", { parent_id: "b" }),
    ]).summary;
    expect(s.Revision).toBe(3);
  });
});

describe("computeTraceSummary aggregations", () => {
  const docs = () => [
    front({
      user: "alice",
      resource_arn: "arn:aws:ec2:x",
      annotations: { gameid: "G1", level: 3 },
      subsegments: [
        subsegment("call", {
          namespace: "remote",
          name: "back",
          annotations: { gameid: "G1", ok: true },
        }),
      ],
    }),
    segment("back", {
      parent_id: "call",
      origin: "AWS::ECS::Container",
      user: "alice",
      aws: { ecs: { availability_zone: "us-west-2b" } },
      annotations: JSON.parse('{"gameid":"G2","constructor":"c","__proto__":"p"}'),
    }),
  ];

  it("computeTraceSummary aggregates annotations from segments and subsegments with the services that set them", () => {
    const s = one(docs()).summary;
    expect(Object.getPrototypeOf(s.Annotations)).toBeNull();
    const frontId = {
      Name: "front",
      Names: ["front"],
      AccountId: "111122223333",
      Type: "AWS::EC2::Instance",
    };
    const backId = { Name: "back", Names: ["back"], Type: "AWS::ECS::Container" };
    expect(s.Annotations.gameid).toEqual([
      { AnnotationValue: { StringValue: "G1" }, ServiceIds: [frontId] },
      { AnnotationValue: { StringValue: "G2" }, ServiceIds: [backId] },
    ]);
    expect(s.Annotations.level).toEqual([
      { AnnotationValue: { NumberValue: 3 }, ServiceIds: [frontId] },
    ]);
    expect(s.Annotations.ok).toEqual([
      { AnnotationValue: { BooleanValue: true }, ServiceIds: [frontId] },
    ]);
    expect(s.Annotations.constructor).toEqual([
      { AnnotationValue: { StringValue: "c" }, ServiceIds: [backId] },
    ]);
    expect(Object.hasOwn(s.Annotations, "__proto__")).toBe(true);
    expect(Object.keys(s.Annotations).sort()).toEqual([
      "__proto__",
      "constructor",
      "gameid",
      "level",
      "ok",
    ]);
  });

  it("computeTraceSummary lists users, services, ARNs, instances, zones and the entry point", () => {
    const s = one(docs()).summary;
    expect(s.Users).toEqual([
      { UserName: "alice", ServiceIds: [s.ServiceIds[0], s.ServiceIds[1]] },
    ]);
    expect(s.ServiceIds.map((id) => [id.Name, id.Type, id.AccountId])).toEqual([
      ["front", "AWS::EC2::Instance", "111122223333"],
      ["back", "AWS::ECS::Container", undefined],
    ]);
    expect(s.ResourceARNs).toEqual([{ ARN: "arn:aws:ec2:x" }]);
    expect(s.InstanceIds).toEqual([{ Id: "i-1" }]);
    expect(s.AvailabilityZones).toEqual([{ Name: "us-west-2a" }, { Name: "us-west-2b" }]);
    expect(s.EntryPoint).toBe(s.ServiceIds[0]);
  });

  it("computeTraceSummary lists inferred services with type null for remote calls", () => {
    const s = one([
      front({
        subsegments: [
          subsegment("h", {
            namespace: "remote",
            http: { request: { url: "http://api.example.com/" } },
          }),
        ],
      }),
    ]).summary;
    expect(s.ServiceIds.map((id) => [id.Name, id.Type])).toEqual([
      ["front", "AWS::EC2::Instance"],
      ["api.example.com", null],
    ]);
  });

  it("computeTraceSummary is what assembleTraces returns as summary and is memoized", () => {
    const trace = one(docs());
    expect(trace.summary).toBe(trace.summary);
    expect(computeTraceSummary(trace)).toEqual(trace.summary);
  });
});

describe("computeTraceSummary root causes", () => {
  const boom = (id: string, extra: Record<string, unknown> = {}) => ({
    exceptions: [{ id, type: "BoomError", message: `boom ${id}`, ...extra }],
  });

  it("computeTraceSummary ends a fault root cause at the deepest faulted entity with clean children", () => {
    const s = one([
      front({
        fault: true,
        cause: boom("e0"),
        subsegments: [
          subsegment("handler", {
            fault: true,
            cause: boom("e1"),
            subsegments: [
              subsegment("parse", { fault: true, cause: boom("e2") }),
              subsegment("ok"),
            ],
          }),
        ],
      }),
    ]).summary;
    expect(s.FaultRootCauses).toEqual([
      {
        Services: [
          {
            Name: "front",
            Names: ["front"],
            Type: "AWS::EC2::Instance",
            AccountId: "111122223333",
            EntityPath: [
              { Name: "front", Exceptions: [], Remote: false },
              { Name: "handler", Exceptions: [], Remote: false },
              {
                Name: "parse",
                Exceptions: [{ Name: "BoomError", Message: "boom e2" }],
                Remote: false,
              },
            ],
            Inferred: false,
          },
        ],
        ClientImpacting: true,
      },
    ]);
    expect(s.ErrorRootCauses).toEqual([]);
  });

  it("computeTraceSummary skips an errored entity whose error shows again further down, even below a clean call", () => {
    const s = one([
      front({ error: true, subsegments: [subsegment("c", { namespace: "remote", name: "back" })] }),
      segment("back", { parent_id: "c", error: true }),
    ]).summary;
    expect(s.ErrorRootCauses.map((c) => c.Services.map((x) => x.Name))).toEqual([
      ["front", "back"],
    ]);
  });

  it("computeTraceSummary groups a root-cause path by service and crosses into inferred services", () => {
    const s = one([
      front({ error: true, subsegments: [subsegment("c", { namespace: "remote", name: "back" })] }),
      segment("back", {
        parent_id: "c",
        error: true,
        subsegments: [
          subsegment("ddb", {
            namespace: "aws",
            name: "DynamoDB",
            error: true,
            cause: boom("e9", { remote: true }),
            aws: { table_name: "t" },
          }),
        ],
      }),
    ]).summary;
    expect(s.ErrorRootCauses).toHaveLength(1);
    const services = s.ErrorRootCauses[0].Services;
    expect(
      services.map((x) => [x.Name, x.Type ?? null, x.Inferred, x.EntityPath.map((e) => e.Name)]),
    ).toEqual([
      ["front", "AWS::EC2::Instance", false, ["front", "back"]],
      ["back", null, false, ["back", "DynamoDB"]],
      ["t", "AWS::DynamoDB::Table", true, ["t"]],
    ]);
    const last = services[2].EntityPath[0];
    expect(last).toEqual({
      Name: "t",
      Exceptions: [{ Name: "BoomError", Message: "boom e9" }],
      Remote: true,
    });
    expect(services[0].EntityPath[1].Remote).toBe(true);
    expect(s.ErrorRootCauses[0].ClientImpacting).toBe(true);
  });

  it("computeTraceSummary reports one root cause per distinct path and marks downstream-only faults as not client impacting", () => {
    const s = one([
      front({
        subsegments: [
          subsegment("retry", {
            fault: true,
            start_time: 10.1,
            subsegments: [
              subsegment("attempt", { fault: true, start_time: 10.1 }),
              subsegment("attempt2", { name: "attempt", fault: true, start_time: 10.2 }),
            ],
          }),
          subsegment("other", { fault: true, start_time: 10.3 }),
        ],
      }),
    ]).summary;
    expect(s.FaultRootCauses.map((c) => c.Services[0].EntityPath.map((e) => e.Name))).toEqual([
      ["front", "retry", "attempt"],
      ["front", "other"],
    ]);
    expect(s.FaultRootCauses.every((c) => c.ClientImpacting === false)).toBe(true);
  });

  it("computeTraceSummary resolves a cause given as an exception id recorded elsewhere in the trace", () => {
    const s = one([
      front({
        fault: true,
        cause: boom("abcdefabcdefabcd"),
        subsegments: [subsegment("leaf", { fault: true, cause: "abcdefabcdefabcd" })],
      }),
    ]).summary;
    expect(s.FaultRootCauses[0].Services[0].EntityPath[1].Exceptions).toEqual([
      { Name: "BoomError", Message: "boom abcdefabcdefabcd" },
    ]);
  });

  it("computeTraceSummary follows the child with the largest share of time for the response-time root cause", () => {
    const s = one([
      front({
        start_time: 10,
        end_time: 12,
        subsegments: [
          subsegment("small", { start_time: 10, end_time: 10.5 }),
          subsegment("big", { namespace: "remote", name: "back", start_time: 10.5, end_time: 12 }),
        ],
      }),
      segment("back", {
        parent_id: "big",
        start_time: 10.6,
        end_time: 11.9,
        subsegments: [subsegment("db", { start_time: 10.7, end_time: 11.7 })],
      }),
    ]).summary;
    const [cause] = s.ResponseTimeRootCauses;
    expect(cause.ClientImpacting).toBe(true);
    expect(cause.Services.map((x) => x.Name)).toEqual(["front", "back"]);
    const entities = cause.Services.flatMap((x) => x.EntityPath);
    expect(entities.map((e) => e.Name)).toEqual(["front", "back", "back", "db"]);
    expect(cause.Services[0].EntityPath).toHaveLength(2);
    const coverage = entities.map((e) => e.Coverage);
    [1, 0.75, 0.65, 0.5].forEach((c, i) => expect(coverage[i]).toBeCloseTo(c, 9));
    expect(entities.map((e) => e.Remote)).toEqual([false, true, false, false]);
  });

  it("computeTraceSummary gives no response-time root cause without an entry segment", () => {
    const s = one([independent("o", "gone")]).summary;
    expect(s.ResponseTimeRootCauses).toEqual([]);
    expect(s.EntryPoint).toBeUndefined();
    expect(s.ServiceIds).toEqual([]);
  });
});
