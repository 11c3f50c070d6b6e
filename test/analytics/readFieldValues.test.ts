import { describe, expect, it } from "vitest";
import { readFieldValues } from "../../src/analytics/index";
import type { TraceSummary } from "../../src/model/index";
import { annotations, summary, users } from "./support/summary";

describe("readFieldValues", () => {
  it("reads the root request's http fields with their types", () => {
    const s = summary({
      Http: { HttpURL: "u", HttpMethod: "GET", HttpStatus: 200, ClientIp: "ip", UserAgent: "ua" },
    });
    expect(readFieldValues(s, "http.url")).toEqual(["u"]);
    expect(readFieldValues(s, "http.method")).toEqual(["GET"]);
    expect(readFieldValues(s, "http.status")).toEqual([200]);
    expect(readFieldValues(s, "http.clientip")).toEqual(["ip"]);
    expect(readFieldValues(s, "http.useragent")).toEqual(["ua"]);
  });

  it("returns distinct values of multi-valued fields", () => {
    const s = summary({
      Users: users("a", "b", "a"),
      ServiceIds: [
        { Name: "api", Names: ["api"] },
        { Name: "fn", Names: ["fn"], Type: "AWS::Lambda" },
        { Name: "fn", Names: ["fn"], Type: "AWS::Lambda::Function" },
      ],
      AvailabilityZones: [{ Name: "z1" }],
      InstanceIds: [{ Id: "i-1" }],
      ResourceARNs: [{ ARN: "arn:1" }, { ARN: "arn:2" }],
    });
    expect(readFieldValues(s, "user")).toEqual(["a", "b"]);
    expect(readFieldValues(s, "service")).toEqual(["api", "fn"]);
    expect(readFieldValues(s, "availabilityzone")).toEqual(["z1"]);
    expect(readFieldValues(s, "instance.id")).toEqual(["i-1"]);
    expect(readFieldValues(s, "resource.arn")).toEqual(["arn:1", "arn:2"]);
  });

  it("reads annotations by own key only, of every value type", () => {
    const s = summary({ Annotations: annotations({ n: 3, b: false, "a.b": "x" }) });
    expect(readFieldValues(s, "annotation.n")).toEqual([3]);
    expect(readFieldValues(s, "annotation.b")).toEqual([false]);
    expect(readFieldValues(s, "annotation.a.b")).toEqual(["x"]);
    expect(readFieldValues(s, "annotation.toString")).toEqual([]);
    expect(readFieldValues(s, "annotation.__proto__")).toEqual([]);
    const plain = summary({ Annotations: {} as TraceSummary["Annotations"] });
    expect(readFieldValues(plain, "annotation.constructor")).toEqual([]);
  });

  it("skips malformed data instead of failing", () => {
    const bad = {
      Id: "x",
      StartTime: 0,
      Http: { HttpURL: 42, HttpStatus: "200" },
      Users: [null, { UserName: 7 }, "alice", { UserName: "bob" }],
      ServiceIds: "nope",
      Annotations: { k: [{ AnnotationValue: null }, { AnnotationValue: { NumberValue: NaN } }] },
    } as unknown as TraceSummary;
    expect(readFieldValues(bad, "http.url")).toEqual([]);
    expect(readFieldValues(bad, "http.status")).toEqual([]);
    expect(readFieldValues(bad, "user")).toEqual(["bob"]);
    expect(readFieldValues(bad, "service")).toEqual([]);
    expect(readFieldValues(bad, "annotation.k")).toEqual([]);
    expect(readFieldValues({ Id: "x", StartTime: 0 }, "http.url")).toEqual([]);
  });
});
