import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, expect, it, vi } from "vitest";
import { SegmentDetails } from "../../../src/react/SegmentDetails/SegmentDetails";
import type { SegmentDetailsTab } from "../../../src/react/SegmentDetails/SegmentDetailsTab";
import { describeCorpus } from "../../support/corpus";
import { corpusTrace, nodeOf } from "./corpusTrace";

afterEach(cleanup);

const tabNames = () => screen.getAllByRole("tab").map((tab) => tab.textContent);
const selectedTab = () => screen.getByRole("tab", { selected: true }).textContent;

describeCorpus("SegmentDetails tab visibility", () => {
  it("shows only Overview and Raw for a minimal complete segment", () => {
    const trace = corpusTrace("awsdocs-xray-devguide__segment-minimal-complete.json");
    render(<SegmentDetails node={trace.roots[0]} trace={trace} />);
    expect(tabNames()).toEqual(["Overview", "Raw"]);
  });

  it("shows Resources, Annotations, Metadata and Exceptions for a faulting Go SDK subsegment", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__ddbSample.json");
    render(<SegmentDetails node={nodeOf(trace, "7df694142c905d8d")} trace={trace} />);
    expect(tabNames()).toEqual(["Overview", "Annotations", "Metadata", "Exceptions", "Raw"]);
  });

  it("shows Resources but no Exceptions for the DynamoDB call that succeeded", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__ddbSample.json");
    render(<SegmentDetails node={nodeOf(trace, "7318c46a385557f5")} trace={trace} />);
    expect(tabNames()).toEqual(["Overview", "Resources", "Raw"]);
  });

  it("shows SQL only for the subsegment that has sql", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__indepSubsegmentWithSql.json");
    render(<SegmentDetails node={nodeOf(trace, "3fd8634e78ca9560")} trace={trace} />);
    expect(tabNames()).toEqual(["Overview", "SQL", "Raw"]);
  });

  it("shows Annotations for the annotated EC2 segment with its resources", () => {
    const trace = corpusTrace("awsdocs-xray-devguide__segment-ec2-with-annotations-repaired.json");
    render(<SegmentDetails node={trace.roots[0]} trace={trace} />);
    expect(tabNames()).toEqual(["Overview", "Resources", "Annotations", "Raw"]);
  });
});

describeCorpus("SegmentDetails tab selection", () => {
  const trace = corpusTrace("otelcontrib-awsxray-testdata__ddbSample.json");
  const faulting = nodeOf(trace, "7df694142c905d8d");
  const plain = nodeOf(trace, "0239834271dbee25");

  it("selects Overview first and shows its panel labelled by the tab", () => {
    render(<SegmentDetails node={faulting} trace={trace} />);
    expect(selectedTab()).toBe("Overview");
    const panel = screen.getByRole("tabpanel");
    const tab = screen.getByRole("tab", { selected: true });
    expect(panel.getAttribute("aria-labelledby")).toBe(tab.id);
    expect(tab.getAttribute("aria-controls")).toBe(panel.id);
    expect(within(panel).getByText("DDB.DescribeExistingTableAndPutToMissingTable")).toBeTruthy();
  });

  it("starts on defaultTab and switches on click, reporting the change", () => {
    const onTabChange = vi.fn();
    render(
      <SegmentDetails
        node={faulting}
        trace={trace}
        defaultTab="metadata"
        onTabChange={onTabChange}
      />,
    );
    expect(selectedTab()).toBe("Metadata");
    fireEvent.click(screen.getByRole("tab", { name: "Exceptions" }));
    expect(selectedTab()).toBe("Exceptions");
    expect(onTabChange).toHaveBeenCalledWith("exceptions");
  });

  it("keeps a controlled tab until the owner changes it", () => {
    const onTabChange = vi.fn();
    const { rerender } = render(
      <SegmentDetails node={faulting} trace={trace} tab="annotations" onTabChange={onTabChange} />,
    );
    fireEvent.click(screen.getByRole("tab", { name: "Raw" }));
    expect(onTabChange).toHaveBeenCalledWith("raw");
    expect(selectedTab()).toBe("Annotations");
    rerender(<SegmentDetails node={faulting} trace={trace} tab="raw" onTabChange={onTabChange} />);
    expect(selectedTab()).toBe("Raw");
  });

  it("shows Overview when the selected tab has no content for the node", () => {
    const { rerender } = render(
      <SegmentDetails node={faulting} trace={trace} defaultTab="exceptions" />,
    );
    expect(selectedTab()).toBe("Exceptions");
    rerender(<SegmentDetails node={plain} trace={trace} defaultTab="exceptions" />);
    expect(selectedTab()).toBe("Overview");
    rerender(<SegmentDetails node={plain} trace={trace} tab="sql" />);
    expect(selectedTab()).toBe("Overview");
  });

  it("moves between tabs with the arrow keys, Home and End, wrapping, with roving focus", () => {
    function Controlled() {
      const [tab, setTab] = useState<SegmentDetailsTab>("overview");
      return <SegmentDetails node={faulting} trace={trace} tab={tab} onTabChange={setTab} />;
    }
    render(<Controlled />);
    const overview = screen.getByRole("tab", { name: "Overview" });
    overview.focus();
    fireEvent.keyDown(overview, { key: "ArrowRight" });
    expect(selectedTab()).toBe("Annotations");
    expect(document.activeElement?.textContent).toBe("Annotations");
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(selectedTab()).toBe("Raw");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(selectedTab()).toBe("Overview");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    expect(selectedTab()).toBe("Raw");
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(selectedTab()).toBe("Overview");
    expect(document.activeElement).toBe(overview);
    const tabIndexes = screen.getAllByRole("tab").map((t) => t.getAttribute("tabindex"));
    expect(tabIndexes).toEqual(["0", "-1", "-1", "-1", "-1"]);
  });

  it("passes className and style through to its root", () => {
    const { container } = render(
      <SegmentDetails node={plain} trace={trace} className="mine" style={{ maxWidth: 400 }} />,
    );
    const root = container.querySelector(".tl-segment-details") as HTMLElement;
    expect(root.classList.contains("mine")).toBe(true);
    expect(root.style.maxWidth).toBe("400px");
  });

  it("heads the details with the node's name and status", () => {
    render(<SegmentDetails node={faulting} trace={trace} />);
    const region = screen.getByRole("region", {
      name: "Details of DDB.DescribeExistingTableAndPutToMissingTable",
    });
    expect(region.querySelector(".tl-details-status")?.textContent).toBe("fault");
  });
});
