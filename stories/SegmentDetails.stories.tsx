import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { assembleTraces } from "../src/assemble/index";
import type { SegmentDocument } from "../src/model/SegmentDocument";
import type { Trace } from "../src/model/Trace";
import type { TraceNode } from "../src/model/TraceNode";
import {
  SegmentDetails,
  segmentDetailsTabs,
  type SegmentDetailsProps,
} from "../src/react/SegmentDetails/index";
import { TracelensTheme } from "../src/react/theme/index";
import { generateScenario, type ScenarioKind } from "../src/sample/index";

function assemble(documents: readonly SegmentDocument[]): Trace {
  const [trace] = assembleTraces(documents).traces;
  return trace;
}

function scenario(kind: ScenarioKind): Trace {
  return assemble(generateScenario(kind, { seed: 1 }));
}

function find(trace: Trace, test: (node: TraceNode) => boolean): TraceNode {
  for (const node of trace.nodes.values()) if (test(node)) return node;
  throw new Error(`no such node in trace ${trace.id}`);
}

const webTrace = scenario("web-s3");
const webService = find(webTrace, (n) => n.kind === "segment" && n.name === "orders-service");
const dynamoDbCall = find(
  webTrace,
  (n) => n.kind === "subsegment" && n.name === "DynamoDB" && n.entity.aws?.table_name !== undefined,
);
const faultTrace = scenario("fault-file-not-found");
const renderInvoice = find(faultTrace, (n) => n.name === "## render_invoice");
const faultingService = find(
  faultTrace,
  (n) => n.kind === "segment" && n.name === "orders-service",
);

/** The workload has no database calls; this trace adds one, after the developer guide's example. */
const sqlTrace = assemble([
  {
    trace_id: "1-65a00000-5f2aebccb475d14618c51eaa",
    id: "5a1e000000000001",
    name: "reports-service",
    start_time: 1700000000.1,
    end_time: 1700000000.2,
    origin: "AWS::EC2::Instance",
    subsegments: [
      {
        id: "5a1e000000000002",
        name: "ebdb@reports-db.cpamxznpdoq8.us-west-2.rds.amazonaws.com",
        namespace: "remote",
        start_time: 1700000000.12,
        end_time: 1700000000.17,
        sql: {
          url: "jdbc:postgresql://reports-db.cpamxznpdoq8.us-west-2.rds.amazonaws.com:5432/ebdb",
          preparation: "statement",
          database_type: "PostgreSQL",
          database_version: "15.4",
          driver_version: "PostgreSQL 42.6.0",
          user: "reports",
          sanitized_query: "SELECT id, total FROM orders WHERE customer_id = ? AND created_at > ?;",
        },
      },
    ],
  },
]);
const sqlCall = find(sqlTrace, (n) => n.id === "5a1e000000000002");

const img = "<img src=x onerror=window.__tlXss=1>";
const script = "<script>window.__tlXss=2</script>";
const xssTrace = assemble([
  {
    trace_id: "1-65a00000-0123456789abcdef01234567",
    id: "c0ffee0000000001",
    name: img,
    start_time: 1700000000,
    end_time: 1700000001,
    fault: true,
    user: script,
    annotations: { note: img, [script]: "key is a script" },
    metadata: { default: { comment: script, nested: { html: img } } },
    cause: { exceptions: [{ id: "e0000000000000f1", type: "ValueError", message: img }] },
  },
]);

/** The nodes the stories show, by name (args stay plain strings; trace nodes are cyclic). */
const examples = {
  webService: [webService, webTrace],
  dynamoDbCall: [dynamoDbCall, webTrace],
  renderInvoice: [renderInvoice, faultTrace],
  faultingService: [faultingService, faultTrace],
  sqlCall: [sqlCall, sqlTrace],
  xss: [xssTrace.roots[0], xssTrace],
} as const satisfies Record<string, readonly [TraceNode, Trace]>;

type ExampleProps = Omit<SegmentDetailsProps, "node" | "trace"> & {
  readonly example: keyof typeof examples;
};

/** SegmentDetails on one of the example nodes, with its trace. */
function Example({ example, ...props }: ExampleProps) {
  const [node, trace] = examples[example];
  return <SegmentDetails node={node} trace={trace} {...props} />;
}

type Story = StoryObj<typeof Example>;

const meta = {
  title: "SegmentDetails",
  component: Example,
  args: { example: "webService", onTabChange: fn() },
  argTypes: {
    example: { control: "select", options: Object.keys(examples) },
    tab: { control: "select", options: [undefined, ...segmentDetailsTabs] },
    defaultTab: { control: "select", options: segmentDetailsTabs },
  },
  decorators: [(Story) => <div style={{ maxWidth: 900 }}>{Story()}</div>],
} satisfies Meta<typeof Example>;
export default meta;

const tabNames = (canvas: HTMLElement) =>
  within(canvas)
    .getAllByRole("tab")
    .map((tab) => tab.textContent);

const panel = (canvas: HTMLElement) => within(within(canvas).getByRole("tabpanel"));

export const WebServiceSegment: Story = {
  name: "Web segment: HTTP and ECS",
  play: async ({ canvasElement, args }) => {
    await expect(tabNames(canvasElement)).toEqual([
      "Overview",
      "Resources",
      "Annotations",
      "Metadata",
      "Raw",
    ]);
    await expect(panel(canvasElement).getByText("orders-service")).toBeVisible();
    await expect(panel(canvasElement).getByRole("table", { name: "Request" })).toBeVisible();
    await userEvent.click(within(canvasElement).getByRole("tab", { name: "Resources" }));
    await expect(args.onTabChange).toHaveBeenCalledWith("resources");
    const ecs = panel(canvasElement).getByRole("table", { name: "ECS" });
    await expect(within(ecs).getByText("FARGATE")).toBeVisible();
    await expect(panel(canvasElement).getByRole("table", { name: "X-Ray SDK" })).toBeVisible();
  },
};

export const DynamoDbCall: Story = {
  name: "DynamoDB subsegment",
  args: { example: "dynamoDbCall", defaultTab: "resources" },
  play: async ({ canvasElement }) => {
    await expect(tabNames(canvasElement)).toEqual(["Overview", "Resources", "Raw"]);
    const aws = panel(canvasElement).getByRole("table", { name: "AWS" });
    const row = (label: string) =>
      within(within(aws).getByText(label).closest("tr") as HTMLElement);
    await expect(
      row("Operation").getByText(String(dynamoDbCall.entity.aws?.operation)),
    ).toBeVisible();
    await expect(row("Table").getByText(String(dynamoDbCall.entity.aws?.table_name))).toBeVisible();
    await expect(within(aws).getByText("Request ID")).toBeVisible();
  },
};

export const FileNotFoundFault: Story = {
  name: "Fault: FileNotFoundError and its stack",
  args: { example: "renderInvoice" },
  play: async ({ canvasElement }) => {
    await expect(tabNames(canvasElement)).toContain("Exceptions");
    await userEvent.click(within(canvasElement).getByRole("tab", { name: "Exceptions" }));
    const exceptions = panel(canvasElement);
    await expect(exceptions.getByText("FileNotFoundError")).toBeVisible();
    const stack = exceptions.getByRole("list", { name: "Stack" });
    const lines = within(stack)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    await expect(lines[0]).toBe("at load_template (app/invoices/render.py:58)");
    await expect(lines).toContain("at get_invoice (app/routes/invoices.py:24)");
  },
};

export const CauseById: Story = {
  name: "Fault: cause given as an exception id",
  args: { example: "faultingService", defaultTab: "exceptions" },
  play: async ({ canvasElement }) => {
    const exceptions = panel(canvasElement);
    await expect(exceptions.getByText(/recorded on ## render_invoice/)).toBeVisible();
    await expect(
      exceptions.getByText("at render_invoice (app/invoices/render.py:31)"),
    ).toBeVisible();
  },
};

export const SqlQuery: Story = {
  name: "SQL subsegment",
  args: { example: "sqlCall", defaultTab: "sql" },
  play: async ({ canvasElement }) => {
    await expect(tabNames(canvasElement)).toEqual(["Overview", "SQL", "Raw"]);
    const query = panel(canvasElement).getByText(/^SELECT id, total FROM orders/);
    await expect(query.tagName).toBe("PRE");
    await expect(getComputedStyle(query).fontFamily).toMatch(/mono|Menlo|Consolas/i);
    await expect(panel(canvasElement).getByText("PostgreSQL")).toBeVisible();
  },
};

export const AnnotationsAndMetadata: Story = {
  name: "Annotations and nested metadata",
  args: { defaultTab: "annotations" },
  play: async ({ canvasElement }) => {
    const annotations = panel(canvasElement);
    const tier = annotations.getByText("customer_tier").closest("tr") as HTMLElement;
    await expect(within(tier).getByText("string")).toBeVisible();
    const cache = annotations.getByText("cache_hit").closest("tr") as HTMLElement;
    await expect(within(cache).getByText("boolean")).toBeVisible();
    await userEvent.click(within(canvasElement).getByRole("tab", { name: "Metadata" }));
    const request = panel(canvasElement).getByRole("button", { name: /request/ });
    await expect(request).toHaveAttribute("aria-expanded", "true");
    await expect(panel(canvasElement).getByText(/api\/orders|api\/products/)).toBeVisible();
    await userEvent.click(request);
    await expect(request).toHaveAttribute("aria-expanded", "false");
    await expect(panel(canvasElement).queryByText(/"application\/json"/)).toBeNull();
  },
};

export const KeyboardBetweenTabs: Story = {
  name: "Keyboard between tabs",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("tab", { name: "Overview" }));
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("tab", { name: "Resources" })).toHaveFocus();
    await expect(canvas.getByRole("tab", { name: "Resources" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await userEvent.keyboard("{End}");
    await expect(canvas.getByRole("tab", { name: "Raw" })).toHaveFocus();
    await expect(canvas.getByRole("tabpanel")).toHaveTextContent('"name": "orders-service"');
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("tab", { name: "Overview" })).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}{Home}");
    await expect(canvas.getByRole("tab", { name: "Overview" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
  },
};

export const XssPayloadsAreText: Story = {
  name: "Hostile strings render as text",
  args: { example: "xss" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(img).length).toBeGreaterThan(0);
    await expect(canvas.getByText(script)).toBeVisible();
    const seen: string[] = [];
    for (const name of ["Annotations", "Metadata", "Exceptions", "Raw", "Overview"]) {
      await userEvent.click(canvas.getByRole("tab", { name }));
      seen.push(canvas.getByRole("tabpanel").textContent ?? "");
      await expect(canvasElement.querySelectorAll("img, script, iframe").length).toBe(0);
    }
    const [annotations, metadata, exceptions] = seen;
    await expect(annotations).toContain(img);
    await expect(annotations).toContain(script);
    await expect(metadata).toContain(`"${script}"`);
    await expect(metadata).toContain(`"${img}"`);
    await expect(exceptions).toContain(`ValueError: ${img}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect((window as { __tlXss?: unknown }).__tlXss).toBeUndefined();
  },
};

export const DarkTheme: Story = {
  name: "Dark theme",
  args: { example: "renderInvoice", defaultTab: "exceptions" },
  decorators: [(Story) => <TracelensTheme theme="dark">{Story()}</TracelensTheme>],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector(".tl-segment-details") as HTMLElement;
    await waitFor(() => expect(getComputedStyle(root).backgroundColor).toBe("rgb(22, 25, 31)"));
    await expect(getComputedStyle(root).color).toBe("rgb(233, 235, 237)");
    await expect(within(root).getByText("FileNotFoundError")).toBeVisible();
  },
};
