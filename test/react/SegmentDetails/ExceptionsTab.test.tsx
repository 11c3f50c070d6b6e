import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { SegmentDocument } from "../../../src/model/SegmentDocument";
import { ExceptionsTab } from "../../../src/react/SegmentDetails/ExceptionsTab";
import { describeCorpus } from "../../support/corpus";
import { corpusTrace, documentsTrace, nodeOf } from "./corpusTrace";
import { rowValue } from "./rowValue";

afterEach(cleanup);

const stackLines = (root: HTMLElement) =>
  [...root.querySelectorAll(".tl-details-stack li")].map((li) => li.textContent);

describeCorpus("ExceptionsTab on a real Go SDK fault", () => {
  const trace = corpusTrace("otelcontrib-awsxray-testdata__ddbSample.json");

  it("shows type, message, remote and the stack as `at label (path:line)` lines", () => {
    const { container } = render(
      <ExceptionsTab node={nodeOf(trace, "7df694142c905d8d")} trace={trace} />,
    );
    const exception = container.querySelector(".tl-details-exception") as HTMLElement;
    expect(exception.querySelector("header")?.textContent).toBe(
      "dynamodb.ResourceNotFoundException: ResourceNotFoundException: Requested resource not found",
    );
    expect(rowValue(exception, "ID")).toBe("e2ba8a2109451f5b");
    expect(rowValue(exception, "Remote")).toBe("true");
    expect(stackLines(exception)).toEqual([
      "at Capture (github.com/aws/aws-xray-sdk-go@v1.1.0/xray/capture.go:48)",
      "at ddbExpectedFailure (sampleapp/sample.go:41)",
      "at main (sampleapp/sample.go:36)",
      "at main (runtime/proc.go:203)",
      "at goexit (runtime/asm_amd64.s:1373)",
    ]);
    expect(rowValue(container, "Working directory")).toBe(
      "/home/ubuntu/opentelemetry-collector-contrib/receiver/awsxrayreceiver/testdata/rawsegment/sampleapp",
    );
  });
});

describeCorpus("ExceptionsTab with a cause id nobody recorded", () => {
  it("says the exception is not recorded in this trace", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__minCauseIsExceptionId.json");
    render(<ExceptionsTab node={trace.roots[0]} trace={trace} />);
    expect(
      screen.getByText(
        "The cause is exception abcdefghijklmnop, which is not recorded in this trace.",
      ),
    ).toBeTruthy();
  });
});

const traceId = "1-65a00000-0123456789abcdef01234567";
const front: SegmentDocument = {
  trace_id: traceId,
  id: "a000000000000001",
  name: "front",
  start_time: 1700000000,
  end_time: 1700000001,
  fault: true,
  cause: "e000000000000001",
  subsegments: [
    {
      id: "a000000000000002",
      name: "backend",
      namespace: "remote",
      start_time: 1700000000.1,
      end_time: 1700000000.9,
      fault: true,
      cause: {
        exceptions: [
          {
            id: "e0000000000000aa",
            type: "IOError",
            message: "disk gone",
            stack: [{ path: "io.py" }],
          },
        ],
      },
    },
  ],
};
const backend: SegmentDocument = {
  trace_id: traceId,
  id: "b000000000000001",
  parent_id: "a000000000000002",
  name: "backend",
  start_time: 1700000000.2,
  end_time: 1700000000.8,
  fault: true,
  cause: {
    working_directory: "/srv/app",
    paths: ["app.py", "files.py"],
    exceptions: [
      {
        id: "e000000000000001",
        type: "FileNotFoundError",
        message: "[Errno 2] No such file or directory: 'report.csv'",
        truncated: 12,
        skipped: 2,
        cause: "e0000000000000aa",
        stack: [
          { label: "handler", path: "app.py", line: 42 },
          { label: "open_report", path: "files.py", line: 7 },
          { path: "lib.py", line: 3 },
          { label: "anonymous" },
        ],
      },
      { id: "e000000000000002", type: "Orphaned", cause: "ffffffffffffffff" },
    ],
  },
};

describe("ExceptionsTab resolving causes through the trace", () => {
  const trace = documentsTrace(front, backend);

  it("resolves a cause given as an id to the exception recorded on another segment", () => {
    const { container } = render(
      <ExceptionsTab node={nodeOf(trace, "a000000000000001")} trace={trace} />,
    );
    expect(
      screen.getByText(
        "The cause is exception e000000000000001, recorded on backend (b000000000000001).",
      ),
    ).toBeTruthy();
    const exception = container.querySelector(".tl-details-exception") as HTMLElement;
    expect(within(exception).getByText("FileNotFoundError")).toBeTruthy();
    expect(stackLines(exception)).toEqual([
      "at handler (app.py:42)",
      "at open_report (files.py:7)",
      "at lib.py:3",
      "at anonymous",
      "... 12 more",
    ]);
    expect(rowValue(exception, "Truncated")).toBe("12");
    expect(rowValue(exception, "Skipped")).toBe("2");
    expect(rowValue(exception, "Remote")).toBe("false");
  });

  it("resolves the cause without the trace by searching the node's own tree", () => {
    render(<ExceptionsTab node={nodeOf(trace, "a000000000000001")} />);
    expect(screen.getByText(/recorded on backend \(b000000000000001\)/)).toBeTruthy();
  });

  it("names the exception an exception was caused by, or says it is not recorded", () => {
    const { container } = render(
      <ExceptionsTab node={nodeOf(trace, "b000000000000001")} trace={trace} />,
    );
    const [first, second] = [...container.querySelectorAll<HTMLElement>(".tl-details-exception")];
    expect(rowValue(first, "Caused by")).toBe("IOError: disk gone (e0000000000000aa) on backend");
    expect(rowValue(second, "Caused by")).toBe("ffffffffffffffff (not recorded in this trace)");
    expect(rowValue(container, "Paths")).toBe("app.py, files.py");
    expect(rowValue(container, "Working directory")).toBe("/srv/app");
  });
});

describeCorpus("ExceptionsTab on an inferred segment", () => {
  it("shows the exceptions of the call the segment was inferred from, saying where they are", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__ddbResourceNotFoundError.json");
    const inferred = [...trace.nodes.values()].find(
      (n) => n.kind === "inferred" && n.parent?.id === "56005e918f9d1622",
    );
    const { container } = render(<ExceptionsTab node={inferred!} trace={trace} />);
    expect(
      screen.getByText("Recorded on the calling subsegment dynamodb (56005e918f9d1622)."),
    ).toBeTruthy();
    expect(stackLines(container)[0]).toBe(
      "at (*HandlerList).Run (github.com/aws/aws-sdk-go@v1.33.9/aws/request/handlers.go:267)",
    );
  });
});
