import { describe, expect, it } from "vitest";
import {
  awsServiceName,
  inferDownstreamService,
  urlHost,
} from "../../src/assemble/inferDownstreamService";
import { subsegment } from "./documents";

describe("inferDownstreamService", () => {
  it.each([
    ["DynamoDB", "DynamoDB"],
    ["dynamodb", "DynamoDB"],
    ["AmazonDynamoDBv2", "DynamoDB"],
    ["DynamoDb", "DynamoDB"],
    ["S3", "S3"],
    ["Amazon S3", "S3"],
    ["sns", "SNS"],
    ["SQS", "SQS"],
    ["lambda", "Lambda"],
    ["states", "StepFunctions"],
    ["Athena", "Athena"],
    ["My-Custom.Service", "MyCustomService"],
    ["###", "Unknown"],
  ])("awsServiceName maps the SDK name %s to %s", (name, service) => {
    expect(awsServiceName(name)).toBe(service);
  });

  it.each([
    ["https://names.example.com/", "names.example.com"],
    ["http://user:pw@API.example.com:8080/a?b#c", "api.example.com"],
    ["http://[::1]:80/x", "[::1]"],
    ["/relative/path", undefined],
    ["not a url", undefined],
    ["https:///nohost", undefined],
  ])("urlHost of %s is %s", (url, host) => {
    expect(urlHost(url)).toBe(host);
  });

  it("inferDownstreamService types AWS calls AWS::<Service> and keeps the subsegment name", () => {
    expect(inferDownstreamService(subsegment("a", { name: "SNS", namespace: "aws" }))).toEqual({
      name: "SNS",
      origin: "AWS::SNS",
    });
  });

  it("inferDownstreamService makes a single-table DynamoDB call table-level, named after the table", () => {
    const one = subsegment("a", {
      name: "DynamoDB",
      namespace: "aws",
      aws: { table_names: ["t1"] },
    });
    const two = subsegment("b", {
      name: "DynamoDB",
      namespace: "aws",
      aws: { table_names: ["t1", "t2"] },
    });
    expect(inferDownstreamService(one)).toEqual({ name: "t1", origin: "AWS::DynamoDB::Table" });
    expect(inferDownstreamService(two)).toEqual({ name: "DynamoDB", origin: "AWS::DynamoDB" });
  });

  it("inferDownstreamService ignores table_name on services other than DynamoDB", () => {
    const s3 = subsegment("a", { name: "S3", namespace: "aws", aws: { table_name: "x" } });
    expect(inferDownstreamService(s3)).toEqual({ name: "S3", origin: "AWS::S3" });
  });

  it("inferDownstreamService names remote calls by URL host, else by subsegment name, without origin", () => {
    const withUrl = subsegment("a", {
      name: "x",
      namespace: "remote",
      http: { request: { url: "https://h.example/" } },
    });
    const withoutUrl = subsegment("b", { name: "db@host", namespace: "remote" });
    expect(inferDownstreamService(withUrl)).toEqual({ name: "h.example", origin: undefined });
    expect(inferDownstreamService(withoutUrl)).toEqual({ name: "db@host", origin: undefined });
  });
});
