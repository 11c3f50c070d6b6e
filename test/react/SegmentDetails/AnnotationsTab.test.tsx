import { cleanup, render } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import type { Entity } from "../../../src/model/SegmentDocument";
import { AnnotationsTab } from "../../../src/react/SegmentDetails/AnnotationsTab";
import { describeCorpus } from "../../support/corpus";
import { corpusTrace, nodeOf } from "./corpusTrace";

afterEach(cleanup);

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll("tbody tr")].map((tr) =>
    [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent),
  );

describeCorpus("AnnotationsTab on corpus documents", () => {
  it("shows each annotation with its value and type: number, string or boolean", () => {
    const trace = corpusTrace("awsdocs-xray-devguide__segment-ec2-with-annotations-repaired.json");
    const { container } = render(<AnnotationsTab entity={trace.roots[0].entity} />);
    expect(rows(container)).toEqual([
      ["customer_category", "124", "number"],
      ["zip_code", "98101", "number"],
      ["country", "United States", "string"],
      ["internal", "false", "boolean"],
    ]);
  });

  it("keeps dotted keys from the Go SDK as they are", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__ddbSample.json");
    const { container } = render(
      <AnnotationsTab entity={nodeOf(trace, "7df694142c905d8d").entity} />,
    );
    expect(rows(container)).toEqual([
      ["DDB.DescribeExistingTableAndPutToMissingTable.Annotation", "anno", "string"],
    ]);
  });
});

it("marks a value X-Ray does not allow as invalid instead of failing", () => {
  const entity = {
    id: "1111111111111111",
    name: "svc",
    start_time: 1,
    end_time: 2,
    annotations: JSON.parse('{"list": [1, 2], "nothing": null, "__proto__": "kept"}'),
  } as Entity;
  const { container } = render(<AnnotationsTab entity={entity} />);
  expect(rows(container)).toEqual([
    ["list", "1, 2", "invalid (array)"],
    ["nothing", "null", "invalid (null)"],
    ["__proto__", "kept", "string"],
  ]);
});
