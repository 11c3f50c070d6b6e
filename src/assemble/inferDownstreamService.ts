import type { Subsegment } from "../model/SegmentDocument";

/** Name and origin of the node X-Ray infers for a downstream call. */
export interface DownstreamService {
  readonly name: string;
  /** `AWS::<Service>` (or `AWS::DynamoDB::Table`) for AWS calls; undefined for `remote` calls. */
  readonly origin: string | undefined;
}

/** Service names as SDKs spell them (normalized: lower case, alphanumerics only) → X-Ray's. */
const AWS_SERVICES: ReadonlyMap<string, string> = new Map([
  ["dynamodb", "DynamoDB"],
  ["s3", "S3"],
  ["sns", "SNS"],
  ["sqs", "SQS"],
  ["lambda", "Lambda"],
  ["ses", "SES"],
  ["kinesis", "Kinesis"],
  ["firehose", "Firehose"],
  ["kinesisfirehose", "Firehose"],
  ["sts", "STS"],
  ["ec2", "EC2"],
  ["ecs", "ECS"],
  ["kms", "KMS"],
  ["ssm", "SSM"],
  ["secretsmanager", "SecretsManager"],
  ["sfn", "StepFunctions"],
  ["states", "StepFunctions"],
  ["stepfunctions", "StepFunctions"],
  ["eventbridge", "EventBridge"],
  ["events", "EventBridge"],
  ["cloudwatch", "CloudWatch"],
  ["athena", "Athena"],
  ["apigateway", "APIGateway"],
  ["appsync", "AppSync"],
  ["cognitoidentityprovider", "CognitoIdentityProvider"],
]);

/**
 * The X-Ray service name of an AWS SDK subsegment name: `dynamodb`, `DynamoDB`, `AmazonDynamoDBv2`
 * and `DynamoDb` all give `DynamoDB`; an unknown name gives itself without non-alphanumerics.
 */
export function awsServiceName(subsegmentName: string): string {
  let key = subsegmentName.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (key.startsWith("amazon")) key = key.slice(6);
  else if (key.startsWith("aws")) key = key.slice(3);
  if (key.endsWith("v2")) key = key.slice(0, -2);
  const known = AWS_SERVICES.get(key);
  if (known !== undefined) return known;
  const plain = subsegmentName.replace(/[^A-Za-z0-9]/g, "");
  return plain === "" ? "Unknown" : plain;
}

const HOST = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]*)/;

/** The host of an absolute URL (`https://user@api.example.com:8443/x` → `api.example.com`), or undefined. */
export function urlHost(url: string): string | undefined {
  const match = HOST.exec(url);
  return match === null || match[1] === "" ? undefined : match[1].toLowerCase();
}

function tableOf(aws: Subsegment["aws"]): string | undefined {
  if (aws === undefined || aws === null || typeof aws !== "object") return undefined;
  if (typeof aws.table_name === "string" && aws.table_name !== "") return aws.table_name;
  const names = aws.table_names;
  if (
    Array.isArray(names) &&
    names.length === 1 &&
    typeof names[0] === "string" &&
    names[0] !== ""
  ) {
    return names[0];
  }
  return undefined;
}

/**
 * Name and type of the downstream node inferred from an `aws` or `remote` subsegment (our rule;
 * X-Ray does not document one, xray-model.md §2.2):
 * - `aws`: origin `AWS::<Service>` from the subsegment name (`awsServiceName`); a DynamoDB call
 *   naming one table (`aws.table_name`, or a single `aws.table_names` entry) is table-level:
 *   origin `AWS::DynamoDB::Table`, named after the table (as GetServiceGraph names table nodes).
 *   Otherwise the node keeps the subsegment's name.
 * - `remote`: named after the host of `http.request.url`, else the subsegment's name; no origin.
 * @example inferDownstreamService({ name: "DynamoDB", namespace: "aws", aws: { table_name: "users" }, ... })
 * // { name: "users", origin: "AWS::DynamoDB::Table" }
 */
export function inferDownstreamService(subsegment: Subsegment): DownstreamService {
  const name = typeof subsegment.name === "string" ? subsegment.name : "";
  if (subsegment.namespace === "aws") {
    const service = awsServiceName(name);
    const table = service === "DynamoDB" ? tableOf(subsegment.aws) : undefined;
    return table === undefined
      ? { name, origin: `AWS::${service}` }
      : { name: table, origin: "AWS::DynamoDB::Table" };
  }
  const url = subsegment.http?.request?.url;
  const host = typeof url === "string" ? urlHost(url) : undefined;
  return { name: host ?? name, origin: undefined };
}
