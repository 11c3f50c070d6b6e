import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { MetadataTab } from "../../../src/react/SegmentDetails/MetadataTab";
import { describeCorpus } from "../../support/corpus";
import { corpusTrace, nodeOf } from "./corpusTrace";

afterEach(cleanup);

describeCorpus("MetadataTab on corpus documents", () => {
  it("shows one tree per namespace with nested values", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__ddbSample.json");
    const dns = nodeOf(trace, "0cab02b318413eb1");
    render(<MetadataTab entity={dns.entity} />);
    const http = screen.getByRole("region", { name: "Metadata http" });
    expect(within(http).getByRole("button", { name: /http/ }).getAttribute("aria-expanded")).toBe(
      "true",
    );
    expect(within(http).getByRole("button", { name: /dns/ }).getAttribute("aria-expanded")).toBe(
      "true",
    );
    expect(
      within(http)
        .getByRole("button", { name: /addresses/ })
        .getAttribute("aria-expanded"),
    ).toBe("false");
    expect(within(http).getByText("false")).toBeTruthy();
  });

  it("shows the debug namespace of a custom subsegment", () => {
    const trace = corpusTrace(
      "awsdocs-xray-devguide__BatchGetTraces-doc-194fcc8747581230-AWS-ElasticBeanstalk-Environment.json",
    );
    const { container } = render(<MetadataTab entity={nodeOf(trace, "071684f2e555e571").entity} />);
    expect([...container.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "▾ debug {1 key}",
      'test: "Metadata string from UserModel.saveUser"',
    ]);
  });
});
