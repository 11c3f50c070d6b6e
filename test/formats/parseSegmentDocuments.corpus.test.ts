import { expect, it } from "vitest";
import { parseSegmentDocuments } from "../../src/formats/parseSegmentDocuments";
import type { InputFormat } from "../../src/formats/ReadSegmentDocumentsResult";
import { corpusFiles, describeCorpus, readCorpus } from "../support/corpus";
import { expectEveryDocumentAccounted } from "./fixtures";

interface Expected {
  readonly format: InputFormat;
  readonly accepted: number;
  /** `code@path` of every diagnostic, in order. */
  readonly diagnostics: readonly string[];
}

const ok: Expected = { format: "document", accepted: 1, diagnostics: [] };
const rejected = (...diagnostics: string[]): Expected => ({
  format: "document",
  accepted: 0,
  diagnostics,
});
const warned = (...diagnostics: string[]): Expected => ({
  format: "document",
  accepted: 1,
  diagnostics,
});
const unknown: Expected = { format: "empty", accepted: 0, diagnostics: ["unknown-format@$"] };
const trimmed = (file: string): string => file.replace(/^[^_]+__/, "");

/** What each corpus file (by name after the source prefix) must give. */
const expected: Record<string, Expected> = {
  "BatchGetTraces-doc-00f91aa01f4984fd-AWS-Lambda-Function.json": ok,
  "BatchGetTraces-doc-17ba309b32c7fbaf-AWS-DynamoDB-Table.json": ok,
  "BatchGetTraces-doc-194fcc8747581230-AWS-ElasticBeanstalk-Environment.json": ok,
  "BatchGetTraces-doc-1ee3c4a523f89ca5-AWS-SNS.json": ok,
  "BatchGetTraces-doc-1fb07842d944e714-AWS-Lambda.json": ok,
  "BatchGetTraces-response.json": { format: "batch-get-traces", accepted: 5, diagnostics: [] },
  "GetServiceGraph-response.json": unknown,
  "GetTraceSummaries-response.json": unknown,
  "PutTraceSegments-response-unprocessed.json": unknown,
  "ResponseTimeRootCauses-section-repaired.json": unknown,
  "inferred-segment-downstream-http.json": ok,
  "rootcause-json-filter-reformatted.json": unknown,
  "segment-ec2-http-x_forwarded_for-repaired.json": ok,
  // The AWS doc example's trace id has a non-hex "s": X-Ray's API refuses it (InvalidTraceId).
  "segment-ec2-with-annotations-repaired.json": rejected("invalid-trace-id@$.trace_id"),
  "segment-in-progress.json": ok,
  "segment-minimal-complete.json": ok,
  "segment-with-embedded-remote-subsegment.json": ok,
  // Embedded subsegments shown on their own in the developer guide: no trace_id, not documents.
  "subsegment-custom-with-metadata-and-dynamodb.json": rejected("missing-field@$"),
  "subsegment-downstream-http-remote.json": rejected("missing-field@$"),
  "subsegment-dynamodb-updateitem-repaired.json": rejected("missing-field@$"),
  "subsegment-independent-remote-repaired.json": ok,
  "subsegment-sql-postgresql.json": rejected("missing-field@$"),
  "xray-2016-04-12-service-2.json": unknown,
  "xray-segmentdocument-schema-v1.0.0.json": unknown,
  "traceWithThreeShortChildren.json": unknown,
  "ui-json-trace-ui_01.json": unknown,
  "otlp-trace-example.json": unknown,
  "awsMissingAwsField.json": ok,
  "awsValidAwsFields.json": ok,
  "ddbResourceNotFoundError.json": ok,
  "ddbSample.json": ok,
  "indepSubsegment.json": ok,
  // Times with 11 integer digits (year 2438) are kept, with a warning each.
  "indepSubsegmentWithContentLengthString.json": warned(
    "invalid-time@$.start_time",
    "invalid-time@$.end_time",
    "content-length-string@$.http.response.content_length",
  ),
  "indepSubsegmentWithInvalidSqlUrl.json": ok,
  "indepSubsegmentWithLocalNamespace.json": warned("unknown-namespace@$.namespace"),
  "indepSubsegmentWithSql.json": ok,
  "invalidNamespace.json": warned("unknown-namespace@$.subsegments[0].subsegments[0].namespace"),
  "minCauseIsExceptionId.json": ok,
  "minCauseIsInvalid.json": warned("invalid-cause@$.cause"),
  "minInProgress.json": ok,
  "minOtherFields.json": ok,
  "originEBField.json": ok,
  "segmentValidationFailed.json": rejected("missing-field@$"),
  "segmentWithParentId.json": rejected("missing-end@$"),
  "serverSample.json": ok,
  "GetServiceGraph-mock-telegram-bot.json": unknown,
};

describeCorpus("parseSegmentDocuments over the corpus", () => {
  it("has an expectation for every corpus file", () => {
    expect(corpusFiles().map(trimmed).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const file of corpusFiles()) {
    const want = expected[trimmed(file)];
    it(`${trimmed(file)} gives ${want.accepted} document(s) and ${want.diagnostics.join(", ") || "no diagnostics"}`, () => {
      const result = parseSegmentDocuments(readCorpus(file));
      expect(result.format).toBe(want.format);
      expect(result.documents).toHaveLength(want.accepted);
      expect(result.diagnostics.map((d) => `${d.code}@${d.path}`)).toEqual(want.diagnostics);
      expectEveryDocumentAccounted(result);
      for (const d of result.diagnostics) expect(d.message.length).toBeGreaterThan(10);
    });
  }

  it("reads every accepted corpus document the same way inside a daemon frame and a PutTraceSegments request", () => {
    for (const file of corpusFiles()) {
      const single = parseSegmentDocuments(readCorpus(file));
      if (single.format !== "document" || single.documents.length !== 1) continue;
      const text = JSON.stringify(JSON.parse(readCorpus(file)));
      const framed = parseSegmentDocuments(`{"format": "json", "version": 1}\n${readCorpus(file)}`);
      expect(framed.format).toBe("daemon");
      expect(framed.documents).toEqual(single.documents);
      const put = parseSegmentDocuments(JSON.stringify({ TraceSegmentDocuments: [text] }));
      expect(put.documents).toEqual(single.documents);
    }
  });

  it("rejects segmentValidationFailed for its missing start_time", () => {
    const result = parseSegmentDocuments(
      readCorpus("otelcontrib-awsxray-testdata__segmentValidationFailed.json"),
    );
    expect(result.diagnostics[0].message).toContain("no start_time");
    expect(result.diagnostics[0]).toMatchObject({
      severity: "error",
      traceId: "1-5f2aebcc-b475d14618c51eaa28753d37",
      segmentId: "bda182a644eee9b3",
    });
  });

  it("accepts the in-progress documents without an end_time", () => {
    for (const file of [
      "awsdocs-xray-devguide__segment-in-progress.json",
      "otelcontrib-awsxray-testdata__minInProgress.json",
    ]) {
      const [document] = parseSegmentDocuments(readCorpus(file)).documents;
      expect(document.in_progress).toBe(true);
      expect(document.end_time).toBeUndefined();
    }
  });

  it("keeps the Go SDK's dotted annotation key and extra Dummy field in ddbSample", () => {
    const [document] = parseSegmentDocuments(
      readCorpus("otelcontrib-awsxray-testdata__ddbSample.json"),
    ).documents;
    expect(
      Object.hasOwn(
        document.subsegments?.[0].annotations ?? {},
        "DDB.DescribeExistingTableAndPutToMissingTable.Annotation",
      ),
    ).toBe(true);
    expect(document.Dummy).toBe(false);
  });

  it("keeps the string content_length and the malformed times of indepSubsegmentWithContentLengthString", () => {
    const [document] = parseSegmentDocuments(
      readCorpus("otelcontrib-awsxray-testdata__indepSubsegmentWithContentLengthString.json"),
    ).documents;
    expect(document.http?.response?.content_length).toBe("861");
    expect(document.start_time).toBeCloseTo(14782323361.271, 3);
  });

  it("reads the 5 documents of the BatchGetTraces response with the ids its Segments name", () => {
    const text = readCorpus("awsdocs-xray-devguide__BatchGetTraces-response.json");
    const response = JSON.parse(text) as { Traces: { Id: string; Segments: { Id: string }[] }[] };
    const result = parseSegmentDocuments(text);
    expect(result.documents.map((d) => d.id)).toEqual(response.Traces[0].Segments.map((s) => s.Id));
    for (const d of result.documents) expect(d.trace_id).toBe(response.Traces[0].Id);
  });

  it("names the kind of each file that holds no segment documents", () => {
    const says = (file: string): string =>
      parseSegmentDocuments(readCorpus(file)).diagnostics[0].message;
    expect(says("awsdocs-xray-devguide__GetTraceSummaries-response.json")).toContain(
      "GetTraceSummaries",
    );
    expect(says("awsdocs-xray-devguide__GetServiceGraph-response.json")).toContain(
      "GetServiceGraph",
    );
    expect(says("awsdocs-xray-devguide__PutTraceSegments-response-unprocessed.json")).toContain(
      "PutTraceSegments response",
    );
    expect(says("otel-proto__otlp-trace-example.json")).toContain("OTLP");
    expect(says("jaeger__ui-json-trace-ui_01.json")).toContain("Jaeger");
    expect(says("cookpad-aws-xray__xray-segmentdocument-schema-v1.0.0.json")).toContain(
      "JSON Schema",
    );
    expect(says("botocore__xray-2016-04-12-service-2.json")).toContain("AWS API model");
  });
});
