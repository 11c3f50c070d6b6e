import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import type { Entity } from "../../../src/model/SegmentDocument";
import { RawTab } from "../../../src/react/SegmentDetails/RawTab";
import { describeCorpus, readCorpus } from "../../support/corpus";

afterEach(cleanup);

describeCorpus("RawTab on a corpus document", () => {
  it("shows the document as pretty JSON that parses back to the same value", () => {
    const entity = JSON.parse(readCorpus("otelcontrib-awsxray-testdata__ddbSample.json")) as Entity;
    const { container } = render(<RawTab entity={entity} />);
    const text = container.querySelector("pre")?.textContent ?? "";
    expect(text).toBe(JSON.stringify(entity, null, 2));
  });
});

it("shows a long document in pages, and more on request", () => {
  const entity: Entity = {
    id: "1111111111111111",
    name: "big",
    start_time: 1,
    end_time: 2,
    metadata: { default: { blob: "x".repeat(5000) } },
  };
  const { container } = render(<RawTab entity={entity} pageLength={1000} />);
  expect(container.querySelector("pre")?.textContent?.length).toBe(1000);
  fireEvent.click(screen.getByRole("button", { name: /Show more/ }));
  expect(container.querySelector("pre")?.textContent?.length).toBe(4000);
  fireEvent.click(screen.getByRole("button", { name: /Show more/ }));
  expect(container.querySelector("pre")?.textContent).toBe(JSON.stringify(entity, null, 2));
  expect(screen.queryByRole("button", { name: /Show more/ })).toBeNull();
});

it("shows the first page of a document nested 30,000 levels deep", () => {
  let sub: Entity = { id: "f000000000000000", name: "leaf", start_time: 1, end_time: 2 };
  for (let i = 1; i < 30_000; i++) {
    sub = {
      id: `f${String(i).padStart(15, "0")}`,
      name: `s${i}`,
      start_time: 1,
      end_time: 2,
      subsegments: [sub],
    };
  }
  const { container } = render(<RawTab entity={sub} />);
  const text = container.querySelector("pre")?.textContent ?? "";
  expect(text.length).toBe(200_000);
  expect(text.startsWith('{\n  "id": "f000000000029999"')).toBe(true);
  expect(screen.getByRole("button", { name: /Show more/ })).toBeTruthy();
});
