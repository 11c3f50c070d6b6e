import { expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/assembleTraces";
import { formatBatchGetTraces } from "../../src/assemble/formatBatchGetTraces";
import { parseSegmentDocuments } from "../../src/formats/index";
import type { Segment, SegmentDocument } from "../../src/model/SegmentDocument";
import type { Trace } from "../../src/model/Trace";
import type { TraceNode } from "../../src/model/TraceNode";
import { corpusFiles, describeCorpus, readCorpus } from "../support/corpus";
import { preorder } from "./documents";

/** The corpus files that hold one segment or subsegment document each. */
const documentFiles = corpusFiles().filter((f) =>
  /__(segment|subsegment|inferred-segment|BatchGetTraces-doc|aws|ddb|indep|invalid|min|origin|server)/.test(
    f,
  ),
);

function onlyTrace(documents: readonly SegmentDocument[]): Trace {
  const { traces } = assembleTraces(documents);
  expect(traces).toHaveLength(1);
  return traces[0];
}

function lastEntities(trace: Trace) {
  return trace.summary.FaultRootCauses.map((cause) => {
    const services = cause.Services;
    const path = services[services.length - 1].EntityPath;
    return path[path.length - 1];
  });
}

describeCorpus("assembleTraces on the corpus", () => {
  it("finds the corpus's segment and subsegment document files", () => {
    expect(documentFiles.length).toBeGreaterThanOrEqual(33);
  });

  it.each(documentFiles)(
    "assembleTraces assembles %s without throwing and keeps every document",
    (file) => {
      const text = readCorpus(file);
      const { documents } = parseSegmentDocuments(text);
      const { traces, diagnostics } = assembleTraces(documents);
      const named = new Set(diagnostics.map((d) => d.segmentId));
      for (const doc of documents) {
        const trace = traces.find((t) => t.id === doc.trace_id);
        expect(trace?.nodes.has(doc.id) === true || named.has(doc.id)).toBe(true);
      }
      for (const trace of traces) {
        expect(preorder(trace).length).toBe(trace.nodes.size);
        expect(typeof trace.summary.Duration).toBe("number");
      }
      // unvalidated input (embedded subsegments, a document without start_time) never throws either
      const raw = assembleTraces([JSON.parse(text)] as SegmentDocument[]);
      expect(raw.traces.length + raw.diagnostics.length).toBeGreaterThan(0);
    },
  );

  it("assembleTraces assembles every corpus document together, reporting the repeated ones", () => {
    const all = documentFiles.flatMap((f) => parseSegmentDocuments(readCorpus(f)).documents);
    const batch = parseSegmentDocuments(
      readCorpus("awsdocs-xray-devguide__BatchGetTraces-response.json"),
    );
    const { traces, diagnostics } = assembleTraces([...all, ...batch.documents]);
    const batchTrace = traces.find((t) => t.id === "1-59602603-23fc5b688855d396af79b496")!;
    expect(batchTrace.nodes.size).toBe(11);
    const repeats = diagnostics.filter(
      (d) => d.code === "duplicate-id" && d.traceId === batchTrace.id,
    );
    expect(repeats.map((d) => [d.segmentId, d.severity]).sort()).toEqual(
      batch.documents.map((d) => [d.id, "info"]).sort(),
    );
  });

  describeCorpus("the BatchGetTraces example", () => {
    const text = () => readCorpus("awsdocs-xray-devguide__BatchGetTraces-response.json");

    it("assembleTraces builds ONE trace whose tree follows the documents' parent ids", () => {
      const { documents, format } = parseSegmentDocuments(text());
      expect(format).toBe("batch-get-traces");
      const trace = onlyTrace(documents);
      expect(trace.root?.id).toBe("194fcc8747581230");
      for (const node of trace.nodes.values()) {
        const parentId = (node.entity as Segment).parent_id;
        if (parentId !== undefined) expect(node.parent?.id).toBe(parentId);
      }
      const at = (id: string): TraceNode => trace.nodes.get(id)!;
      expect(at("1fb07842d944e714").parent?.id).toBe("0c544c1b1bbff948"); // AWS::Lambda under Lambda call
      expect(at("1fb07842d944e714").origin).toBe("AWS::Lambda");
      expect(at("00f91aa01f4984fd").parent?.id).toBe("1fb07842d944e714"); // function under AWS::Lambda
      expect(at("17ba309b32c7fbaf").parent?.id).toBe("4cd3f10b76c624b4"); // inferred DynamoDB table
      expect(at("1ee3c4a523f89ca5").parent?.id).toBe("b29b548af4d54a0f"); // inferred SNS
      const inferred = [...trace.nodes.values()].filter((n) => n.kind === "inferred");
      expect(inferred.map((n) => n.id).sort()).toEqual(["17ba309b32c7fbaf", "1ee3c4a523f89ca5"]);
      expect(inferred.every((n) => n.documentIndex >= 0)).toBe(true);
      expect(trace.nodes.size).toBe(11);
      expect(at("2279c0030c955e52").parent?.id).toBe("00f91aa01f4984fd"); // Initialization
    });

    it("computeTraceSummary agrees with the GetTraceSummaries example for the same trace", () => {
      const trace = onlyTrace(parseSegmentDocuments(text()).documents);
      const expected = (
        JSON.parse(readCorpus("awsdocs-xray-devguide__GetTraceSummaries-response.json")) as {
          TraceSummaries: Record<string, unknown>[];
        }
      ).TraceSummaries.find((s) => s.Id === trace.id)!;
      const s = trace.summary;
      expect(s.Duration).toBeCloseTo(expected.Duration as number, 6);
      expect(s.ResponseTime).toBeCloseTo(expected.ResponseTime as number, 6);
      expect([s.HasFault, s.HasError, s.HasThrottle]).toEqual([
        expected.HasFault,
        expected.HasError,
        expected.HasThrottle,
      ]);
      const { ClientIp: _ip, ...http } = expected.Http as Record<string, unknown>; // the docs differ here
      expect(s.Http).toMatchObject(http);
      expect(s.Users.map((u) => u.UserName)).toEqual(["5M388M1E"]);
      const values = (key: string) => s.Annotations[key].map((v) => v.AnnotationValue);
      expect(values("UserID")).toEqual([{ StringValue: "5M388M1E" }]);
      expect(values("Name")).toEqual([{ StringValue: "Ola" }]);
    });

    it("formatBatchGetTraces gives back the five documents with no extra inferred segment", () => {
      const trace = onlyTrace(parseSegmentDocuments(text()).documents);
      const out = formatBatchGetTraces([trace]);
      const ids = out.Traces[0].Segments.map((s) => s.Id).sort();
      const original = (JSON.parse(text()) as { Traces: { Segments: { Id: string }[] }[] })
        .Traces[0].Segments;
      expect(ids).toEqual(original.map((s) => s.Id).sort());
      const again = onlyTrace(
        out.Traces[0].Segments.map((s) => JSON.parse(s.Document) as SegmentDocument),
      );
      expect(again.nodes.size).toBe(11);
    });
  });

  it.each([
    [
      "otelcontrib-awsxray-testdata__ddbSample.json",
      ["DDB", "DDB.DescribeExistingTableAndPutToMissingTable", "dynamodb"],
      2,
    ],
    [
      "otelcontrib-awsxray-testdata__ddbResourceNotFoundError.json",
      ["DDB.TableDoesNotExist", "dynamodb"],
      1,
    ],
  ])(
    "computeTraceSummary ends the fault root causes of the real Go capture %s at the deepest faulted entities with their exceptions",
    (file, prefix, dynamodbCalls) => {
      const trace = onlyTrace(parseSegmentDocuments(readCorpus(file)).documents);
      const causes = trace.summary.FaultRootCauses;
      expect(causes.length).toBeGreaterThan(0);
      expect(causes.every((c) => c.ClientImpacting)).toBe(true);
      for (const entity of lastEntities(trace)) {
        expect(entity.Exceptions.length).toBeGreaterThan(0);
        expect(entity.Exceptions[0].Name).toBe("dynamodb.ResourceNotFoundException");
        expect(entity.Exceptions[0].Message).toMatch(
          /^ResourceNotFoundException: Requested resource not found/,
        );
        expect(entity.Remote).toBe(true);
      }
      const attempt = causes.find((c) => c.Services[0].EntityPath.at(-1)?.Name === "attempt")!;
      expect(attempt.Services).toHaveLength(1);
      expect(attempt.Services[0].EntityPath.map((e) => e.Name)).toEqual([...prefix, "attempt"]);
      // no root cause stops at an entity that has a faulted descendant
      const faultedBelow = (node: TraceNode): boolean =>
        node.children.some((c) => c.fault || faultedBelow(c));
      const deepest = [...trace.nodes.values()].filter((n) => n.fault && !faultedBelow(n));
      expect(
        lastEntities(trace)
          .map((e) => e.Name)
          .sort(),
      ).toEqual(deepest.map((n) => n.name).sort());
      // only the outermost dynamodb call subsegments get inferred nodes, not attempt/connect/...
      const inferred = [...trace.nodes.values()].filter((n) => n.kind === "inferred");
      expect(inferred).toHaveLength(dynamodbCalls);
      expect(inferred.every((n) => n.parent?.name === "dynamodb")).toBe(true);
      // the failing call names its table: a table-level node named after it, in the root cause
      const table = inferred.find((n) => n.fault)!;
      expect([table.name, table.origin]).toEqual(["does_not_exist", "AWS::DynamoDB::Table"]);
      const viaTable = causes.find((c) => c.Services.length === 2)!;
      expect(viaTable.Services[1]).toMatchObject({
        Name: "does_not_exist",
        Inferred: true,
        Type: "AWS::DynamoDB::Table",
      });
    },
  );

  it("assembleTraces reports the exception id cause of minCauseIsExceptionId that nothing records", () => {
    const { diagnostics } = assembleTraces(
      parseSegmentDocuments(readCorpus("otelcontrib-awsxray-testdata__minCauseIsExceptionId.json"))
        .documents,
    );
    expect(diagnostics.map((d) => d.code)).toEqual(["unresolved-cause"]);
  });
});
