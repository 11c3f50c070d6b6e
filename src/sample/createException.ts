import type { ExceptionRecord, StackFrame } from "../model/index";

/** The exceptions the simulated application raises. */
export type ExceptionKind =
  | "file-not-found"
  | "ddb-throughput-exceeded"
  | "ddb-throttled-client-error"
  | "ddb-internal-error"
  | "ddb-conditional-check"
  | "s3-no-such-key"
  | "s3-slow-down"
  | "payment-declined"
  | "payment-bad-gateway"
  | "validation"
  | "ses-message-rejected"
  | "go-s3-slow-down"
  | "lambda-timeout";

const frame = (path: string, line: number, label: string): StackFrame =>
  Object.freeze({ path, line, label });
const stack = (...frames: StackFrame[]): readonly StackFrame[] => Object.freeze(frames);

const FLASK = [
  frame("flask/app.py", 1799, "dispatch_request"),
  frame("flask/app.py", 1823, "full_dispatch_request"),
  frame("flask/app.py", 2529, "wsgi_app"),
  frame("aws_xray_sdk/ext/flask/middleware.py", 62, "__call__"),
];
const BOTOCORE = [
  frame("botocore/client.py", 960, "_make_api_call"),
  frame("aws_xray_sdk/ext/botocore/patch.py", 38, "_xray_traced_botocore"),
  frame("aws_xray_sdk/core/recorder.py", 456, "record_subsegment"),
  frame("botocore/client.py", 530, "_api_call"),
];
const GO_TAIL = [
  frame("github.com/aws/aws-lambda-go@v1.41.0/lambda/invoke_loop.go", 79, "handleInvoke"),
  frame("github.com/aws/aws-lambda-go@v1.41.0/lambda/invoke_loop.go", 34, "startRuntimeAPILoop"),
  frame("runtime/asm_amd64.s", 1650, "goexit"),
];
const GO_SDK = [
  frame("github.com/aws/aws-sdk-go@v1.48.2/aws/request/handlers.go", 267, "(*HandlerList).Run"),
  frame("github.com/aws/aws-sdk-go@v1.48.2/aws/request/request.go", 538, "(*Request).Send"),
];

interface Template {
  readonly type: string;
  readonly message: string;
  readonly remote: boolean;
  readonly stack: readonly StackFrame[];
}

const ddbMessage = (code: string, operation: string, text: string): string =>
  `An error occurred (${code}) when calling the ${operation} operation: ${text}`;

const TEMPLATES: Readonly<Record<ExceptionKind, Template>> = {
  "file-not-found": {
    type: "FileNotFoundError",
    message: "[Errno 2] No such file or directory: 'templates/invoice.html'",
    remote: false,
    stack: stack(
      frame("app/invoices/render.py", 58, "load_template"),
      frame("app/invoices/render.py", 31, "render_invoice"),
      frame("aws_xray_sdk/core/models/subsegment.py", 57, "__call__"),
      frame("app/routes/invoices.py", 24, "get_invoice"),
      ...FLASK,
    ),
  },
  "ddb-throughput-exceeded": {
    type: "ProvisionedThroughputExceededException",
    message:
      "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.",
    remote: true,
    stack: stack(...BOTOCORE, frame("app/store/orders.py", 44, "save_order"), ...FLASK),
  },
  "ddb-throttled-client-error": {
    type: "ClientError",
    message: ddbMessage(
      "ProvisionedThroughputExceededException",
      "{operation}",
      "Rate of requests exceeds the allowed throughput (reached max retries: 3)",
    ),
    remote: true,
    stack: stack(...BOTOCORE, frame("app/store/orders.py", 44, "save_order"), ...FLASK),
  },
  "ddb-internal-error": {
    type: "ClientError",
    message: ddbMessage("InternalServerError", "{operation}", "Internal server error"),
    remote: true,
    stack: stack(...BOTOCORE, frame("app/store/catalog.py", 29, "get_product"), ...FLASK),
  },
  "ddb-conditional-check": {
    type: "ConditionalCheckFailedException",
    message: ddbMessage(
      "ConditionalCheckFailedException",
      "PutItem",
      "The conditional request failed",
    ),
    remote: true,
    stack: stack(...BOTOCORE, frame("app/store/orders.py", 47, "save_order"), ...FLASK),
  },
  "s3-no-such-key": {
    type: "NoSuchKey",
    message:
      "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.",
    remote: true,
    stack: stack(...BOTOCORE, frame("app/store/media.py", 18, "fetch_object"), ...FLASK),
  },
  "s3-slow-down": {
    type: "ClientError",
    message:
      "An error occurred (SlowDown) when calling the GetObject operation (reached max retries: 4): Please reduce your request rate.",
    remote: true,
    stack: stack(...BOTOCORE, frame("app/store/media.py", 18, "fetch_object"), ...FLASK),
  },
  "payment-declined": {
    type: "HTTPError",
    message: "402 Client Error: Payment Required for url: https://payments.example.com/charge",
    remote: true,
    stack: stack(
      frame("requests/models.py", 1021, "raise_for_status"),
      frame("app/payments/client.py", 37, "charge"),
      frame("app/routes/orders.py", 83, "create_order"),
      ...FLASK,
    ),
  },
  "payment-bad-gateway": {
    type: "HTTPError",
    message: "502 Server Error: Bad Gateway for url: https://payments.example.com/charge",
    remote: true,
    stack: stack(
      frame("requests/models.py", 1021, "raise_for_status"),
      frame("app/payments/client.py", 37, "charge"),
      frame("app/routes/orders.py", 83, "create_order"),
      ...FLASK,
    ),
  },
  validation: {
    type: "ValidationError",
    message: "'quantity' must be a positive integer",
    remote: false,
    stack: stack(
      frame("app/orders/validate.py", 52, "validate_order"),
      frame("app/routes/orders.py", 64, "create_order"),
      ...FLASK,
    ),
  },
  "ses-message-rejected": {
    type: "ses.MessageRejected",
    message:
      "MessageRejected: Email address is not verified. The following identities failed the check in region US-WEST-2: customer@example.net",
    remote: true,
    stack: stack(
      ...GO_SDK,
      frame(
        "github.com/aws/aws-sdk-go@v1.48.2/service/ses/api.go",
        5219,
        "(*SES).SendEmailWithContext",
      ),
      frame("receipts/mail.go", 41, "sendReceipt"),
      frame("receipts/handler.go", 67, "Handle"),
      ...GO_TAIL,
    ),
  },
  "go-s3-slow-down": {
    type: "s3.SlowDown",
    message: "SlowDown: Please reduce your request rate.",
    remote: true,
    stack: stack(
      ...GO_SDK,
      frame(
        "github.com/aws/aws-sdk-go@v1.48.2/service/s3/api.go",
        8960,
        "(*S3).PutObjectWithContext",
      ),
      frame("receipts/store.go", 29, "storeReceipt"),
      frame("receipts/handler.go", 58, "Handle"),
      ...GO_TAIL,
    ),
  },
  "lambda-timeout": {
    type: "Sandbox.Timedout",
    message: "Task timed out after 10.00 seconds",
    remote: false,
    stack: stack(frame("receipts/handler.go", 52, "Handle"), ...GO_TAIL),
  },
};

/**
 * A recorded exception of the given kind with the given id (xray-model.md §1.6): type, message,
 * `remote` for errors returned by a downstream service, and a stack, innermost frame first.
 * `operation` names the AWS operation in DynamoDB messages (default GetItem).
 */
export function createException(
  kind: ExceptionKind,
  id: string,
  operation = "GetItem",
): ExceptionRecord {
  const t = TEMPLATES[kind];
  const message = t.message.replace("{operation}", operation);
  return { id, type: t.type, message, remote: t.remote, stack: t.stack };
}

/** The `working_directory` a kind's process runs in. */
export function workingDirectoryOf(kind: ExceptionKind): string {
  return kind.startsWith("ses-") || kind.startsWith("go-") || kind.startsWith("lambda-")
    ? "/var/task"
    : "/app";
}
