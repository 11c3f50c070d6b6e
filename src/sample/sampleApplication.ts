/**
 * The simulated application: a storefront behind API Gateway, served by a Python web service on
 * ECS/Fargate that uses S3, DynamoDB, SNS, an external payments API, and a Go Lambda function
 * invoked asynchronously to render and mail receipts. Every name and ARN the workload emits.
 */

const ACCOUNT = "123456789012";
const REGION = "us-west-2";
const API_ID = "k3x9w2q7ab";
const CLUSTER = "storefront";

/** One Fargate task of the web service. */
export interface SampleTask {
  readonly taskId: string;
  readonly containerId: string;
  readonly availabilityZone: string;
}

const TASK_IDS = [
  ["3f6d9c0e2a8b4d17a5e1c2b3d4e5f601", "us-west-2a"],
  ["8a1b2c3d4e5f40718293a4b5c6d7e8f9", "us-west-2b"],
  ["c0ffee0123456789abcdef0123456789", "us-west-2c"],
  ["5e4d3c2b1a0948576a5b4c3d2e1f0a9b", "us-west-2a"],
  ["9b8a7f6e5d4c43b2a1908f7e6d5c4b3a", "us-west-2b"],
  ["1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6", "us-west-2c"],
] as const;

export const SAMPLE_APPLICATION = {
  account: ACCOUNT,
  region: REGION,
  api: {
    id: API_ID,
    name: "storefront-api/prod",
    origin: "AWS::APIGateway::Stage",
    stage: "prod",
    host: `${API_ID}.execute-api.${REGION}.amazonaws.com`,
    resourceArn: `arn:aws:apigateway:${REGION}::/restapis/${API_ID}/stages/prod`,
    integrationHost: "orders.internal.storefront.example.com",
  },
  web: {
    name: "orders-service",
    origin: "AWS::ECS::Container",
    version: "2.14.3",
    taskFamily: "orders-web",
    clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`,
    workingDirectory: "/app",
    sdk: { sdk: "X-Ray for Python", sdk_version: "2.14.0" },
    tasks: TASK_IDS.map(([taskId, availabilityZone]): SampleTask => ({
      taskId,
      containerId: taskId + [...taskId].reverse().join(""),
      availabilityZone,
    })),
  },
  tables: {
    products: "storefront-products",
    inventory: "storefront-inventory",
    reviews: "storefront-reviews",
    orders: "storefront-orders",
    sessions: "storefront-sessions",
  },
  buckets: {
    images: "storefront-product-images",
    invoices: "storefront-invoices",
    receipts: "storefront-receipts",
  },
  topicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:order-events`,
  payments: { host: "payments.example.com", url: "https://payments.example.com/charge" },
  lambda: {
    name: "receipt-renderer",
    arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:receipt-renderer`,
    /** Function timeout, seconds. */
    timeout: 10,
    workingDirectory: "/var/task",
    sdk: { sdk: "X-Ray for Go", sdk_version: "1.8.3" },
    sender: "receipts@storefront.example.com",
  },
  userAgents: [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
    "storefront-ios/4.2.0 (iPhone14,2; iOS 17.1)",
    "okhttp/4.12.0",
  ],
  tiers: ["bronze", "silver", "gold"],
} as const;

/** The `ecs` fields of a task (xray-model.md §1.5). */
export function ecsFields(task: SampleTask): Record<string, string> {
  const app = SAMPLE_APPLICATION;
  return {
    container: `${app.web.taskFamily}-${task.taskId.slice(0, 12)}`,
    container_id: task.containerId,
    container_arn: `arn:aws:ecs:${app.region}:${app.account}:container/${CLUSTER}/${task.taskId}/web`,
    task_arn: `arn:aws:ecs:${app.region}:${app.account}:task/${CLUSTER}/${task.taskId}`,
    task_family: app.web.taskFamily,
    cluster_arn: app.web.clusterArn,
    availability_zone: task.availabilityZone,
    launch_type: "FARGATE",
  };
}
