import { describe, expect, it } from "vitest";
import { assembleTraces } from "../../src/assemble/index";
import { locateDiagnostic, parseSegmentDocuments } from "../../src/formats/index";
import type { Diagnostic } from "../../src/model/Diagnostic";
import { segmentDoc, subsegmentDoc } from "./fixtures";

describe("locateDiagnostic", () => {
  it("places assembly diagnostics at the document's line and input index in NDJSON", () => {
    const root = segmentDoc({ subsegments: [subsegmentDoc(1)] });
    const orphan = segmentDoc({ id: "00000000000000aa", parent_id: "00000000000000ff" });
    const invalid = segmentDoc({ id: "bad" });
    // line 1 root, line 2 rejected, line 3 blank, line 4 the orphan
    const text = [root, invalid, "", orphan].map((d) => (d === "" ? "" : JSON.stringify(d)));
    const read = parseSegmentDocuments(text.join("\n"));
    expect(read.documentLocations).toEqual(["line 1", "line 4"]);
    const { diagnostics } = assembleTraces(read.documents);
    const orphanDiagnostic = diagnostics.find((d) => d.code === "orphan")!;
    expect(orphanDiagnostic).toMatchObject({ documentIndex: 1, path: "$.parent_id" });
    expect(locateDiagnostic(orphanDiagnostic, read)).toEqual({
      ...orphanDiagnostic,
      documentIndex: 2, // the third document of the input (the rejected one is index 1)
      path: "line 4 $.parent_id",
    });
  });

  it("extends JSON-path locations, keeps the document's own `$`, and leaves the rest alone", () => {
    const read = {
      documentIndices: [0, 5],
      documentLocations: ["$[0]", "$.Traces[1].Segments[3].Document"],
    };
    const d = (documentIndex: number, path: string): Diagnostic => ({
      code: "orphan",
      severity: "warning",
      message: "m",
      documentIndex,
      path,
    });
    expect(locateDiagnostic(d(1, "$.subsegments[2].parent_id"), read)).toMatchObject({
      documentIndex: 5,
      path: "$.Traces[1].Segments[3].Document.subsegments[2].parent_id",
    });
    expect(locateDiagnostic(d(0, "$"), read)).toMatchObject({ documentIndex: 0, path: "$[0]" });
    expect(locateDiagnostic(d(-1, "$"), read)).toEqual(d(-1, "$"));
    expect(locateDiagnostic(d(7, "$"), read)).toEqual(d(7, "$"));
    // an explicit index: the diagnostic's index counts in a larger array (several inputs)
    expect(locateDiagnostic(d(12, "$.name"), read, 1)).toMatchObject({
      documentIndex: 5,
      path: "$.Traces[1].Segments[3].Document.name",
    });
  });
});
