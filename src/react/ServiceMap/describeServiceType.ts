import type { ServiceGraphNodeKind } from "../../model/ServiceGraph";

/** The glyphs the map draws for node types. */
export type ServiceTypeIcon =
  | "client"
  | "ec2"
  | "ecs"
  | "eks"
  | "lambda"
  | "dynamodb"
  | "s3"
  | "sns"
  | "sqs"
  | "apigateway"
  | "beanstalk"
  | "aws"
  | "remote"
  | "service";

/** How the map labels a node's type. */
export interface ServiceTypeInfo {
  readonly icon: ServiceTypeIcon;
  /** A short badge text (at most 6 characters), e.g. "λ fn", "EC2". */
  readonly badge: string;
  /** A readable name, e.g. "Lambda function", "DynamoDB table". */
  readonly label: string;
}

const rules: readonly (readonly [RegExp, ServiceTypeInfo])[] = [
  [/^AWS::Lambda::Function$/, { icon: "lambda", badge: "λ fn", label: "Lambda function" }],
  [/^AWS::Lambda/, { icon: "lambda", badge: "λ", label: "Lambda" }],
  [/^AWS::EC2/, { icon: "ec2", badge: "EC2", label: "EC2 instance" }],
  [/^AWS::ECS/, { icon: "ecs", badge: "ECS", label: "ECS container" }],
  [/^AWS::EKS/, { icon: "eks", badge: "EKS", label: "EKS container" }],
  [/^AWS::ElasticBeanstalk/, { icon: "beanstalk", badge: "EB", label: "Elastic Beanstalk" }],
  [/^AWS::DynamoDB/, { icon: "dynamodb", badge: "DDB", label: "DynamoDB table" }],
  [/^AWS::S3/, { icon: "s3", badge: "S3", label: "S3" }],
  [/^AWS::SNS/, { icon: "sns", badge: "SNS", label: "SNS" }],
  [/^AWS::SQS/, { icon: "sqs", badge: "SQS", label: "SQS queue" }],
  [/^AWS::ApiGateway/i, { icon: "apigateway", badge: "APIGW", label: "API Gateway stage" }],
];

/**
 * The icon, badge and readable name for a node's type (its segments' `origin`): client, EC2, ECS,
 * EKS, Lambda (service and function), DynamoDB, S3, SNS, SQS, API Gateway, Elastic Beanstalk, any
 * other `AWS::` type, a remote (HTTP/SQL) node, or a plain service.
 * @example describeServiceType("AWS::DynamoDB::Table", "inferred") // { icon: "dynamodb", badge: "DDB", ... }
 */
export function describeServiceType(
  type: string | null,
  kind: ServiceGraphNodeKind,
): ServiceTypeInfo {
  if (kind === "client" || (type !== null && type.startsWith("client")))
    return { icon: "client", badge: "client", label: "Client" };
  if (type !== null) {
    for (const [pattern, info] of rules) if (pattern.test(type)) return info;
    if (type.startsWith("AWS::")) {
      const name = type.split("::")[1] ?? "AWS";
      return { icon: "aws", badge: name.slice(0, 6), label: `AWS ${name}` };
    }
    if (type === "remote") return { icon: "remote", badge: "remote", label: "Remote service" };
  }
  return kind === "inferred"
    ? { icon: "remote", badge: "remote", label: "Remote service" }
    : { icon: "service", badge: "svc", label: "Service" };
}
