import { expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/index";
import { compileFilter } from "../../src/filter/compileFilter";
import { parseSegmentDocuments } from "../../src/formats/index";
import { describeCorpus, readCorpus } from "../support/corpus";

describeCorpus("compileFilter on the developer guide's BatchGetTraces example (Scorekeep)", () => {
  const read = parseSegmentDocuments(
    readCorpus("awsdocs-xray-devguide__BatchGetTraces-response.json"),
  );
  const [trace] = assembleTraces(read.documents).traces;

  it.each<[string, boolean]>([
    ['service("random-name")', true],
    ['service(id(name: "random-name", type: "AWS::Lambda::Function"))', true],
    ['service(id(name: "random-name", type: "AWS::Lambda"))', true],
    ['service("random-name") { error }', false],
    ['edge("Scorekeep", "random-name")', true],
    [
      'edge(id(name: "random-name", type: "AWS::Lambda"), id(name: "random-name", type: "AWS::Lambda::Function"))',
      true,
    ],
    ['edge("random-name", "SNS") { http.status = 200 }', true],
    ['edge("Scorekeep", "SNS")', false],
    ['service(id(type: "AWS::DynamoDB::Table"))', true],
    ['user = "5M388M1E" AND annotation.UserID = "5M388M1E" AND annotation.Name = "Ola"', true],
    ['http.method = "POST" AND http.url ENDSWITH "/api/user" AND ok AND !partial', true],
    ["responsetime >= 3.232 AND responsetime <= 3.232 AND duration = 3.232", true],
    ['name = "Scorekeep" AND type = "AWS::ElasticBeanstalk::Environment"', true],
    ['instance.id = "i-0cd9e448944061b4a" AND availabilityzone = "us-west-2c"', true],
    ['resource.arn ENDSWITH ":function:random-name"', true],
    ["inferred", true],
    ["fault OR error OR throttle", false],
  ])("%s → %s", (expression, expected) => {
    const filter = compileFilter(expression);
    expect(filter.diagnostics).toEqual([]);
    expect(filter.matchesTrace(trace)).toBe(expected);
  });
});
