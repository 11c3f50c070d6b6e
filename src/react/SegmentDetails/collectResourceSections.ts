import type { Entity } from "../../model/SegmentDocument";
import { formatDisplayValue } from "./formatDisplayValue";
import { asRecord, ownEntries, ownValue } from "./readOwn";

/** One labelled row of resource data, as text. */
export interface ResourceRow {
  readonly label: string;
  readonly value: string;
  readonly mono: boolean;
}

/** A titled group of rows in the Resources tab (EC2, ECS, the AWS call, ...). */
export interface ResourceSection {
  readonly title: string;
  readonly rows: readonly ResourceRow[];
}

type Field = readonly [key: string, label: string, mono?: boolean];

const callFields: readonly Field[] = [
  ["operation", "Operation"],
  ["table_name", "Table"],
  ["table_names", "Tables"],
  ["queue_url", "Queue URL", true],
  ["bucket_name", "Bucket"],
  ["key", "Key", true],
  ["resource_names", "Resource names"],
  ["function_name", "Function name"],
  ["function_arn", "Function ARN", true],
  ["topic_arn", "Topic ARN", true],
  ["request_id", "Request ID", true],
  ["region", "Region"],
  ["account_id", "Account ID", true],
  ["retries", "Retries"],
];

/** `aws` keys with a section of their own, each with its known fields in display order. */
const nestedSections: readonly (readonly [key: string, title: string, fields: readonly Field[]])[] =
  [
    [
      "ec2",
      "EC2",
      [
        ["instance_id", "Instance ID", true],
        ["instance_size", "Instance size"],
        ["ami_id", "AMI ID", true],
        ["availability_zone", "Availability zone"],
      ],
    ],
    [
      "ecs",
      "ECS",
      [
        ["container", "Container"],
        ["container_id", "Container ID", true],
        ["container_arn", "Container ARN", true],
        ["task_arn", "Task ARN", true],
        ["task_family", "Task family"],
        ["cluster_arn", "Cluster ARN", true],
        ["availability_zone", "Availability zone"],
        ["launch_type", "Launch type"],
      ],
    ],
    [
      "eks",
      "EKS",
      [
        ["pod", "Pod"],
        ["cluster_name", "Cluster"],
        ["container_id", "Container ID", true],
      ],
    ],
    [
      "elastic_beanstalk",
      "Elastic Beanstalk",
      [
        ["environment_name", "Environment"],
        ["version_label", "Version label"],
        ["deployment_id", "Deployment ID"],
      ],
    ],
    ["lambda", "Lambda", [["function_version", "Function version"]]],
    [
      "xray",
      "X-Ray SDK",
      [
        ["sdk", "SDK"],
        ["sdk_version", "SDK version"],
        ["auto_instrumentation", "Auto instrumentation"],
      ],
    ],
    ["tracing", "Tracing SDK", [["sdk", "SDK"]]],
  ];

const handledAwsKeys = new Set<string>([
  ...callFields.map(([key]) => key),
  ...nestedSections.map(([key]) => key),
  "cloudwatch_logs",
]);

/** Rows of the known fields present in `source`, then its other own keys labelled by name. */
function rowsOf(
  source: unknown,
  fields: readonly Field[],
  skip?: ReadonlySet<string>,
): ResourceRow[] {
  const rows: ResourceRow[] = [];
  const known = new Set<string>();
  for (const [key, label, mono = false] of fields) {
    known.add(key);
    const value = ownValue(source, key);
    if (value !== undefined) rows.push({ label, value: formatDisplayValue(value), mono });
  }
  for (const [key, value] of ownEntries(source)) {
    if (known.has(key) || skip?.has(key) === true || value === undefined) continue;
    rows.push({ label: key, value: formatDisplayValue(value), mono: false });
  }
  return rows;
}

function cloudWatchRows(logs: unknown): ResourceRow[] {
  if (!Array.isArray(logs)) return logs === undefined ? [] : rowsOf({ logs }, []);
  return logs.flatMap((entry: unknown) =>
    asRecord(entry) === undefined
      ? [{ label: "Log", value: formatDisplayValue(entry), mono: true }]
      : rowsOf(entry, [
          ["log_group", "Log group", true],
          ["arn", "ARN", true],
        ]),
  );
}

/**
 * The Resources tab's content: the entity's `aws` data (the call's operation, table, queue,
 * request id, ...; the EC2, ECS, EKS, Elastic Beanstalk, Lambda and SDK blocks; CloudWatch logs;
 * any other key), its `resource_arn` and its `service` block. Empty when there is none.
 */
export function collectResourceSections(entity: Entity): readonly ResourceSection[] {
  const aws = asRecord(ownValue(entity, "aws"));
  const sections: ResourceSection[] = [];
  const add = (title: string, rows: readonly ResourceRow[]) => {
    if (rows.length > 0) sections.push({ title, rows });
  };
  const callRows = rowsOf(aws, callFields, handledAwsKeys);
  const resourceArn = ownValue(entity, "resource_arn");
  if (resourceArn !== undefined) {
    callRows.push({ label: "Resource ARN", value: formatDisplayValue(resourceArn), mono: true });
  }
  add("AWS", callRows);
  for (const [key, title, fields] of nestedSections) {
    const value = ownValue(aws, key);
    if (value === undefined) continue;
    add(
      title,
      asRecord(value) === undefined ? rowsOf({ [key]: value }, []) : rowsOf(value, fields),
    );
  }
  add("CloudWatch Logs", cloudWatchRows(ownValue(aws, "cloudwatch_logs")));
  add("Service", rowsOf(ownValue(entity, "service"), [["version", "Version"]]));
  return sections;
}
