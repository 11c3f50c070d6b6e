import { cleanup, render } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import type { Entity } from "../../../src/model/SegmentDocument";
import { ResourcesTab } from "../../../src/react/SegmentDetails/ResourcesTab";
import { describeCorpus } from "../../support/corpus";
import { corpusTrace, nodeOf } from "./corpusTrace";
import { rowValue } from "./rowValue";

afterEach(cleanup);

const captions = (root: HTMLElement) =>
  [...root.querySelectorAll("caption")].map((caption) => caption.textContent);

describeCorpus("ResourcesTab on corpus documents", () => {
  it("shows the EC2, ECS, Elastic Beanstalk, SDK and account data of a segment", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__awsValidAwsFields.json");
    const { container } = render(<ResourcesTab entity={trace.roots[0].entity} />);
    expect(captions(container)).toEqual([
      "AWS",
      "EC2",
      "ECS",
      "Elastic Beanstalk",
      "X-Ray SDK",
      "Service",
    ]);
    expect(rowValue(container, "Account ID", "AWS")).toBe("620297135128");
    expect(rowValue(container, "Instance ID", "EC2")).toBe("i-075ad396f12bc325a");
    expect(rowValue(container, "Instance size", "EC2")).toBe("m5.xlarge");
    expect(rowValue(container, "AMI ID", "EC2")).toBe("ami-003634241a8fcdec0");
    expect(rowValue(container, "Availability zone", "EC2")).toBe("us-west-2c");
    expect(rowValue(container, "Container", "ECS")).toBe("containerId1234");
    expect(rowValue(container, "Environment", "Elastic Beanstalk")).toBe("scorekeep");
    expect(rowValue(container, "Deployment ID", "Elastic Beanstalk")).toBe("32");
    expect(rowValue(container, "SDK", "X-Ray SDK")).toBe("X-Ray for Go");
    expect(rowValue(container, "SDK version", "X-Ray SDK")).toBe("1.1.0");
    expect(rowValue(container, "compiler_version", "Service")).toBe("go1.14.6");
  });

  it("shows the operation, table, region, request id and retries of a DynamoDB call", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__ddbSample.json");
    const { container } = render(
      <ResourcesTab entity={nodeOf(trace, "7318c46a385557f5").entity} />,
    );
    expect(captions(container)).toEqual(["AWS"]);
    expect(rowValue(container, "Operation")).toBe("DescribeTable");
    expect(rowValue(container, "Table")).toBe("xray_sample_table");
    expect(rowValue(container, "Region")).toBe("us-west-2");
    expect(rowValue(container, "Request ID")).toBe(
      "29P5V7QSAKHS4LNL56ECAJFF3BVV4KQNSO5AEMVJF66Q9ASUAAJG",
    );
    expect(rowValue(container, "Retries")).toBe("0");
  });

  it("shows a Lambda function's ARN and resource names, and a topic ARN", () => {
    const trace = corpusTrace(
      "awsdocs-xray-devguide__BatchGetTraces-doc-00f91aa01f4984fd-AWS-Lambda-Function.json",
    );
    const fn = render(<ResourcesTab entity={trace.roots[0].entity} />);
    expect(rowValue(fn.container, "Function ARN")).toBe(
      "arn:aws:lambda:us-west-2:123456789012:function:random-name",
    );
    expect(rowValue(fn.container, "Resource names")).toBe("random-name");
    fn.unmount();
    const sns = render(<ResourcesTab entity={nodeOf(trace, "b29b548af4d54a0f").entity} />);
    expect(rowValue(sns.container, "Operation")).toBe("Publish");
    expect(rowValue(sns.container, "Topic ARN")).toBe(
      "arn:aws:sns:us-west-2:123456789012:awseb-e-ruag3jyweb-stack-NotificationTopic-6B829NT9V5O9",
    );
  });

  it("lists aws keys it has no label for under their own names", () => {
    const trace = corpusTrace(
      "awsdocs-xray-devguide__BatchGetTraces-doc-194fcc8747581230-AWS-ElasticBeanstalk-Environment.json",
    );
    const { container } = render(
      <ResourcesTab entity={nodeOf(trace, "0c544c1b1bbff948").entity} />,
    );
    expect(rowValue(container, "Function name")).toBe("random-name");
    expect(rowValue(container, "invocation_type")).toBe("RequestResponse");
    expect(rowValue(container, "status_code")).toBe("200");
  });

  it("shows the resource ARN of a Lambda service segment", () => {
    const trace = corpusTrace(
      "awsdocs-xray-devguide__BatchGetTraces-doc-1fb07842d944e714-AWS-Lambda.json",
    );
    const { container } = render(<ResourcesTab entity={trace.roots[0].entity} />);
    expect(rowValue(container, "Resource ARN")).toBe(
      "arn:aws:lambda:us-west-2:123456789012:function:random-name",
    );
  });
});

it("shows EKS, Lambda, CloudWatch logs and table lists", () => {
  const entity: Entity = {
    id: "1111111111111111",
    name: "svc",
    start_time: 1,
    end_time: 2,
    aws: {
      eks: { pod: "web-7d9f", cluster_name: "prod", container_id: "c0ffee" },
      lambda: { function_version: "$LATEST" },
      table_names: ["orders", "users"],
      queue_url: "https://sqs.us-east-1.amazonaws.com/123456789012/jobs",
      cloudwatch_logs: [
        { log_group: "/aws/lambda/fn", arn: "arn:aws:logs:us-east-1:1:log-group:x" },
      ],
    },
  };
  const { container } = render(<ResourcesTab entity={entity} />);
  expect(rowValue(container, "Pod", "EKS")).toBe("web-7d9f");
  expect(rowValue(container, "Cluster", "EKS")).toBe("prod");
  expect(rowValue(container, "Function version", "Lambda")).toBe("$LATEST");
  expect(rowValue(container, "Tables", "AWS")).toBe("orders, users");
  expect(rowValue(container, "Queue URL", "AWS")).toBe(
    "https://sqs.us-east-1.amazonaws.com/123456789012/jobs",
  );
  expect(rowValue(container, "Log group", "CloudWatch Logs")).toBe("/aws/lambda/fn");
});
