import { expect, it } from "vitest";
import type { SegmentDocument } from "../../../src/model/SegmentDocument";
import { listSegmentDetailsTabs } from "../../../src/react/SegmentDetails/listSegmentDetailsTabs";
import { describeCorpus } from "../../support/corpus";
import { corpusTrace, documentsTrace } from "./corpusTrace";

describeCorpus("listSegmentDetailsTabs on corpus documents", () => {
  it("shows no Exceptions tab for a cause that is neither an id nor an object (cause: 200)", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__minCauseIsInvalid.json");
    expect(listSegmentDetailsTabs(trace.roots[0])).toEqual(["overview", "raw"]);
  });

  it("shows Exceptions for a cause given as an exception id", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__minCauseIsExceptionId.json");
    expect(listSegmentDetailsTabs(trace.roots[0])).toContain("exceptions");
  });

  it("shows an inferred DynamoDB segment the exceptions of the call it was inferred from", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__ddbResourceNotFoundError.json");
    const inferred = [...trace.nodes.values()].find(
      (n) => n.kind === "inferred" && n.parent?.id === "56005e918f9d1622",
    );
    expect(inferred).toBeDefined();
    expect(listSegmentDetailsTabs(inferred!)).toEqual([
      "overview",
      "resources",
      "exceptions",
      "raw",
    ]);
  });
});

it("leaves out tabs whose content is empty: {} annotations, {} metadata, {} sql, empty cause", () => {
  const document: SegmentDocument = {
    trace_id: "1-65a00000-0123456789abcdef01234567",
    id: "d000000000000001",
    name: "empty",
    start_time: 1,
    end_time: 2,
    annotations: {},
    metadata: {},
    aws: {},
    cause: { exceptions: [], paths: [] },
    subsegments: [{ id: "d000000000000002", name: "q", start_time: 1, end_time: 2, sql: {} }],
  };
  const trace = documentsTrace(document);
  for (const node of trace.nodes.values()) {
    expect(listSegmentDetailsTabs(node)).toEqual(["overview", "raw"]);
  }
});
