import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { sampleTraces } from "../src/sample/index";
import type { Trace } from "../src/model/Trace";
import { TracelensTheme } from "../src/react/theme/index";

const traces = sampleTraces({ traces: 200, seed: 7 });

function statusOf(t: Trace): string {
  const s = t.summary;
  if (s.HasFault) return "fault";
  if (s.HasThrottle) return "throttle";
  if (s.HasError) return "error";
  if (s.IsPartial) return "partial";
  return "ok";
}

function WorkloadOverview({ traces }: { readonly traces: readonly Trace[] }) {
  const services = new Set<string>();
  let nodes = 0;
  for (const t of traces) {
    nodes += t.nodes.size;
    for (const s of t.summary.ServiceIds) services.add(`${s.Name ?? ""} (${s.Type ?? "no type"})`);
  }
  const counts = new Map<string, number>();
  for (const t of traces) counts.set(statusOf(t), (counts.get(statusOf(t)) ?? 0) + 1);
  return (
    <TracelensTheme style={{ padding: 16, maxWidth: 1000 }}>
      <h1>tracelens</h1>
      <p>
        The AWS X-Ray console as an embeddable library. Every story runs on the built-in, seeded
        workload: an API Gateway stage in front of a web service on ECS that calls S3, DynamoDB
        (with throttling), SNS, an HTTP dependency, and invokes a Lambda function asynchronously.
      </p>
      <dl aria-label="workload">
        <dt>Traces</dt>
        <dd data-testid="trace-count">{traces.length}</dd>
        <dt>Segments and subsegments</dt>
        <dd data-testid="node-count">{nodes}</dd>
        <dt>Services</dt>
        <dd data-testid="service-count">{services.size}</dd>
        <dt>Status</dt>
        <dd data-testid="status-counts">{[...counts].map(([k, v]) => `${k} ${v}`).join(", ")}</dd>
      </dl>
      <h2>Services</h2>
      <ul aria-label="services">
        {[...services].sort().map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h2>First traces</h2>
      <table aria-label="traces">
        <thead>
          <tr>
            <th>ID</th>
            <th>Method</th>
            <th>URL</th>
            <th>Status</th>
            <th>Response time</th>
          </tr>
        </thead>
        <tbody>
          {traces.slice(0, 15).map((t) => (
            <tr key={t.id}>
              <td style={{ fontFamily: "var(--tl-mono)" }}>{t.id}</td>
              <td>{t.summary.Http.HttpMethod ?? ""}</td>
              <td>{t.summary.Http.HttpURL ?? ""}</td>
              <td>{statusOf(t)}</td>
              <td>
                {t.summary.ResponseTime === undefined
                  ? "pending"
                  : `${(t.summary.ResponseTime * 1000).toFixed(1)} ms`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TracelensTheme>
  );
}

const meta = {
  title: "Welcome",
  // Traces are cyclic (parent links), so they are not story args: the story renders them directly.
  render: () => <WorkloadOverview traces={traces} />,
} satisfies Meta;
export default meta;

export const BuiltInWorkload: StoryObj = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId("trace-count")).toHaveTextContent("200");
    const rows = canvas.getAllByRole("row");
    await expect(rows).toHaveLength(16);
    const services = within(canvas.getByRole("list", { name: "services" })).getAllByRole(
      "listitem",
    );
    await expect(services.length).toBeGreaterThanOrEqual(5);
    await expect(canvas.getByTestId("status-counts").textContent).toMatch(/ok \d+/);
  },
};
