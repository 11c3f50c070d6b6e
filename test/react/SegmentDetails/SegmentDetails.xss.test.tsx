import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import type { SegmentDocument } from "../../../src/model/SegmentDocument";
import { SegmentDetails } from "../../../src/react/SegmentDetails/SegmentDetails";
import { documentsTrace } from "./corpusTrace";

afterEach(() => {
  cleanup();
  delete (window as { __tlXss?: unknown }).__tlXss;
});

const img = "<img src=x onerror=window.__tlXss=1>";
const script = "<script>window.__tlXss=2</script>";

const hostile: SegmentDocument = {
  trace_id: "1-65a00000-0123456789abcdef01234567",
  id: "c000000000000001",
  name: img,
  start_time: 1700000000,
  end_time: 1700000001,
  fault: true,
  user: script,
  http: { request: { method: "GET", url: `https://example.com/${img}`, user_agent: script } },
  aws: { operation: img, [script]: img },
  annotations: { [img]: script, plain: img },
  metadata: { [script]: { nested: { deeper: img }, [img]: [script] } },
  cause: {
    exceptions: [
      {
        id: "e000000000000009",
        type: script,
        message: img,
        stack: [{ label: img, path: script, line: 1 }],
      },
    ],
  },
  sql: { sanitized_query: `SELECT '${script}'` },
};

function visitEveryTab() {
  const tabs = screen.getAllByRole("tab");
  expect(tabs.map((t) => t.textContent)).toEqual([
    "Overview",
    "Resources",
    "Annotations",
    "Metadata",
    "Exceptions",
    "SQL",
    "Raw",
  ]);
  const seen: string[] = [];
  for (const tab of tabs) {
    fireEvent.click(tab);
    seen.push(screen.getByRole("tabpanel").textContent ?? "");
    expect(document.querySelectorAll("img, script, iframe, object, embed").length).toBe(0);
  }
  return seen;
}

it("renders HTML and script payloads from every field as text, creating no elements", () => {
  const trace = documentsTrace(hostile);
  render(<SegmentDetails node={trace.roots[0]} trace={trace} />);
  const [overview, resources, annotations, metadata, exceptions, sql, raw] = visitEveryTab();
  expect(overview).toContain(img);
  expect(overview).toContain(script);
  expect(resources).toContain(img);
  expect(resources).toContain(script);
  expect(annotations).toContain(img);
  expect(annotations).toContain(script);
  expect(metadata).toContain(script);
  expect(metadata).toContain(img);
  expect(exceptions).toContain(`${script}: ${img}`);
  expect(exceptions).toContain(`at ${img} (${script}:1)`);
  expect(sql).toContain(`SELECT '${script}'`);
  expect(raw).toContain("<img src=x onerror=window.__tlXss=1>");
  expect(screen.getByRole("region").getAttribute("aria-label")).toBe(`Details of ${img}`);
  expect((window as { __tlXss?: unknown }).__tlXss).toBeUndefined();
});
