import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { compileFilter } from "../src/filter/index";
import { deriveServiceGraph } from "../src/graph/index";
import { ServiceDetails, type ServiceDetailsProps } from "../src/react/ServiceDetails/index";
import { ServiceMap, type ServiceMapSelection } from "../src/react/ServiceMap/index";
import { TracelensTheme } from "../src/react/theme/index";
import { sampleTraces } from "../src/sample/index";

/** The built-in workload with more faults, its map, and the traces "View traces" filters. */
const traces = sampleTraces({ traces: 200, faultRate: 0.08 });
const graph = deriveServiceGraph(traces);

type Args = Pick<ServiceDetailsProps, "onViewTraces" | "onRangeChange" | "defaultStatus"> & {
  readonly initial?: { readonly name: string; readonly client?: boolean } | null;
  readonly dark?: boolean;
};

/** Map and details side by side; View traces counts the matching traces of the workload. */
function MapWithDetails({ initial, dark, onViewTraces, ...props }: Args) {
  const start =
    initial == null
      ? null
      : graph.nodes.find(
          (n) => n.name === initial.name && (n.kind === "client") === (initial.client === true),
        );
  const [selection, setSelection] = useState<ServiceMapSelection | null>(
    start === undefined || start === null ? null : { kind: "node", key: start.key },
  );
  const [matched, setMatched] = useState<string | null>(null);
  const body = (
    <div
      style={{ display: "grid", gridTemplateColumns: "minmax(0, 3fr) minmax(320px, 2fr)", gap: 12 }}
    >
      <ServiceMap
        graph={graph}
        height={480}
        selection={selection}
        onSelect={(s) => setSelection(s === null ? null : { kind: s.kind, key: s.key })}
      />
      <div>
        <ServiceDetails
          {...props}
          graph={graph}
          selection={selection}
          onViewTraces={(event) => {
            onViewTraces?.(event);
            const filter = compileFilter(event.expression);
            setMatched(
              `${traces.filter((t) => filter.matchesTrace(t)).length} of ${traces.length} traces match`,
            );
          }}
        />
        <p data-testid="matched">{matched ?? ""}</p>
      </div>
    </div>
  );
  return dark === true ? (
    <TracelensTheme theme="dark" style={{ padding: 12 }}>
      {body}
    </TracelensTheme>
  ) : (
    body
  );
}

const meta = {
  title: "ServiceDetails",
  component: MapWithDetails,
  args: { onViewTraces: fn(), onRangeChange: fn(), initial: null },
  parameters: { layout: "padded" },
} satisfies Meta<typeof MapWithDetails>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SelectOnTheMap: Story = {
  name: "Select on the map, view faulty slow traces",
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    expect(canvas.getByText(/Select a node or an edge/)).toBeTruthy();
    const api = [...canvasElement.querySelectorAll("[data-node-key]")].find(
      (n) => JSON.parse(n.getAttribute("data-node-key")!)[0] === "orders-service",
    )!;
    await userEvent.click(api.querySelector(".tl-map-disc")!);
    await waitFor(() =>
      expect(canvas.getByRole("heading", { name: "orders-service" })).toBeTruthy(),
    );
    await userEvent.click(canvas.getByRole("radio", { name: /^Fault/ }));
    expect(canvas.getByTestId("tl-details-expression").textContent).toBe(
      'service("orders-service") { fault }',
    );
    // A range on the histogram (keyboard), then View traces.
    canvas.getByRole("group", { name: /^Response time distribution of orders-service/ }).focus();
    await userEvent.keyboard(
      "{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}",
    );
    const expression = canvas.getByTestId("tl-details-expression").textContent!;
    expect(expression).toMatch(
      /^service\("orders-service"\) \{ responsetime >= [\d.]+ AND responsetime <= [\d.]+ AND fault \}$/,
    );
    await userEvent.click(canvas.getByRole("button", { name: "View traces" }));
    expect(args.onViewTraces).toHaveBeenLastCalledWith(
      expect.objectContaining({ expression, status: "fault" }),
    );
    expect(canvas.getByTestId("matched").textContent).toMatch(/^\d+ of 200 traces match$/);
  },
};

export const ClientNode: Story = {
  name: "Client node (traces entering the API)",
  args: { initial: { name: "storefront-api/prod", client: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    expect(canvas.getByText(/Traces are those entering storefront-api\/prod/)).toBeTruthy();
    await userEvent.click(canvas.getByRole("button", { name: "View traces" }));
    expect(canvas.getByTestId("matched").textContent).toBe("200 of 200 traces match");
  },
};

export const Dark: Story = {
  name: "Dark theme",
  args: { initial: { name: "S3" }, dark: true, defaultStatus: "ok" },
  play: async ({ canvasElement }) => {
    expect(within(canvasElement).getByTestId("tl-details-expression").textContent).toBe(
      'service("S3") { ok }',
    );
  },
};
