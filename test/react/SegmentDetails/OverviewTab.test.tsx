import { cleanup, render } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import type { SegmentDocument } from "../../../src/model/SegmentDocument";
import { OverviewTab } from "../../../src/react/SegmentDetails/OverviewTab";
import { describeCorpus } from "../../support/corpus";
import { corpusTrace, documentsTrace, nodeOf } from "./corpusTrace";
import { rowValue } from "./rowValue";

afterEach(cleanup);

describeCorpus("OverviewTab on corpus documents", () => {
  it("shows identity, ISO and epoch times, duration, flags and the HTTP request and response", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__serverSample.json");
    const { container } = render(<OverviewTab node={trace.roots[0]} trace={trace} />);
    expect(rowValue(container, "Name")).toBe("SampleServer");
    expect(rowValue(container, "ID")).toBe("bda182a644eee9b3");
    expect(rowValue(container, "Trace ID")).toBe("1-5f2aebcc-b475d14618c51eaa28753d37");
    expect(rowValue(container, "Parent ID")).toBe("—");
    expect(rowValue(container, "Start time")).toBe("2020-08-05T17:26:36.639Z (1596648396.6399446)");
    expect(rowValue(container, "End time")).toBe("2020-08-05T17:26:36.640Z (1596648396.6401389)");
    expect(rowValue(container, "Duration")).toBe("0.19 ms");
    expect(rowValue(container, "In progress")).toBe("false");
    expect(rowValue(container, "Fault")).toBe("false");
    expect(rowValue(container, "Method", "Request")).toBe("GET");
    expect(rowValue(container, "URL", "Request")).toBe("http://localhost:8000/");
    expect(rowValue(container, "User agent", "Request")).toBe("Go-http-client/1.1");
    expect(rowValue(container, "Client IP", "Request")).toBe("127.0.0.1");
    expect(rowValue(container, "X-Forwarded-For", "Request")).toBe("true");
    expect(rowValue(container, "Status", "Response")).toBe("200");
  });

  it("shows an in-progress segment as pending with no end", () => {
    const trace = corpusTrace("awsdocs-xray-devguide__segment-in-progress.json");
    const { container } = render(<OverviewTab node={trace.roots[0]} trace={trace} />);
    expect(rowValue(container, "End time")).toBe("in progress");
    expect(rowValue(container, "Duration")).toBe("—");
    expect(rowValue(container, "In progress")).toBe("true");
    expect(rowValue(container, "Status")).toBe("pending");
  });

  it("shows the user of the Beanstalk segment and the namespace and owning segment of its call", () => {
    const trace = corpusTrace(
      "awsdocs-xray-devguide__BatchGetTraces-doc-194fcc8747581230-AWS-ElasticBeanstalk-Environment.json",
    );
    const root = render(<OverviewTab node={trace.roots[0]} trace={trace} />);
    expect(rowValue(root.container, "User")).toBe("5M388M1E");
    expect(rowValue(root.container, "Origin")).toBe("AWS::ElasticBeanstalk::Environment");
    root.unmount();
    const { container } = render(
      <OverviewTab node={nodeOf(trace, "4cd3f10b76c624b4")} trace={trace} />,
    );
    expect(rowValue(container, "Namespace")).toBe("aws");
    expect(rowValue(container, "Parent ID")).toBe("071684f2e555e571");
    expect(rowValue(container, "Segment")).toBe("Scorekeep (194fcc8747581230)");
    expect(rowValue(container, "Kind")).toBe("Subsegment");
    expect(rowValue(container, "Content length", "Response")).toBe("57");
  });

  it("marks an inferred segment", () => {
    const trace = corpusTrace(
      "awsdocs-xray-devguide__BatchGetTraces-doc-17ba309b32c7fbaf-AWS-DynamoDB-Table.json",
    );
    const { container } = render(<OverviewTab node={trace.roots[0]} trace={trace} />);
    expect(rowValue(container, "Inferred")).toBe("true");
    expect(rowValue(container, "Origin")).toBe("AWS::DynamoDB::Table");
  });

  it("shows a content length sent as a string as it was sent", () => {
    const trace = corpusTrace(
      "otelcontrib-awsxray-testdata__indepSubsegmentWithContentLengthString.json",
    );
    const { container } = render(<OverviewTab node={trace.roots[0]} trace={trace} />);
    expect(rowValue(container, "Content length", "Response")).toBe("861");
  });
});

it("names the missing parent of an orphan", () => {
  const orphan: SegmentDocument = {
    trace_id: "1-5f2aebcc-b475d14618c51eaa28753d37",
    id: "aaaaaaaaaaaaaaaa",
    parent_id: "bbbbbbbbbbbbbbbb",
    type: "subsegment",
    name: "late",
    start_time: 1700000000,
    end_time: 1700000001.5,
  };
  const trace = documentsTrace(orphan);
  const { container } = render(<OverviewTab node={trace.roots[0]} trace={trace} />);
  expect(rowValue(container, "Parent ID")).toBe("bbbbbbbbbbbbbbbb (not in this trace)");
  expect(rowValue(container, "Orphan")).toBe("true (its parent is not in this trace)");
  expect(rowValue(container, "Duration")).toBe("1.500 s");
});
