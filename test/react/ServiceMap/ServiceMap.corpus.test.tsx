import { cleanup, fireEvent, render } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { fromGetServiceGraphResponse } from "../../../src/graph/fromGetServiceGraphResponse";
import { ServiceMap } from "../../../src/react/ServiceMap/index";
import { describeCorpus, readCorpus } from "../../support/corpus";

afterEach(cleanup);

const labels = (container: HTMLElement) =>
  [...container.querySelectorAll("[data-node-key]")].map((el) => el.getAttribute("aria-label")!);

describeCorpus("ServiceMap on the real GetServiceGraph responses", () => {
  it("draws the developer guide's map: client, EC2 root, DynamoDB table and SNS, with their figures", () => {
    const { graph, diagnostics } = fromGetServiceGraphResponse(
      readCorpus("awsdocs-xray-devguide__GetServiceGraph-response.json"),
    );
    expect(diagnostics).toEqual([]);
    const onSelect = vi.fn();
    const { container } = render(
      <ServiceMap graph={graph} width={900} height={500} onSelect={onSelect} />,
    );
    expect(container.querySelectorAll("[data-node-key]")).toHaveLength(4);
    expect(container.querySelectorAll("[data-edge-key]")).toHaveLength(3);
    expect(container.querySelectorAll(".tl-map-client")).toHaveLength(1);
    // The root: 4 requests, 3 OK and 1 error, 0.273 s in all (68 ms average), over 22 seconds.
    const root = labels(container).find((l) => l.includes("EC2"))!;
    expect(root).toMatch(
      /^xray-sample\.elasticbeanstalk\.com, EC2 instance, 4 requests, average 68 ms, 11 t\/min, 75% OK, 25% error$/,
    );
    expect(labels(container).some((l) => l.startsWith("SNS, SNS, 2 requests"))).toBe(true);
    expect(
      labels(container).some((l) =>
        l.startsWith("awseb-e-dixzws4s9p-stack-StartupSignupsTable-4IMSMHAYX2BA, DynamoDB table"),
      ),
    ).toBe(true);
    const sns = [...container.querySelectorAll("[data-node-key]")].find((el) =>
      el.getAttribute("aria-label")!.startsWith("SNS"),
    )!;
    fireEvent.click(sns);
    expect(onSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({
        kind: "node",
        node: expect.objectContaining({ name: "SNS", type: "AWS::SNS" }),
      }),
    );
  });

  it("draws the real 13-node capture (types null, a client with 100 requests)", () => {
    const { graph } = fromGetServiceGraphResponse(
      readCorpus("react-aws-xray-service-graph__GetServiceGraph-mock-telegram-bot.json"),
    );
    const { container } = render(<ServiceMap graph={graph} width={900} height={500} />);
    expect(container.querySelectorAll("[data-node-key]")).toHaveLength(13);
    expect(container.querySelectorAll("[data-edge-key]")).toHaveLength(graph.edges.length);
    const client = container.querySelector(".tl-map-client")!;
    expect(client.getAttribute("aria-label")).toMatch(/^telegram-bot, Client, 100 requests/);
    expect(labels(container).filter((l) => l.includes(", Service, "))).toHaveLength(12);
  });
});
