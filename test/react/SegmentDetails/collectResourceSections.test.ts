import { expect, it } from "vitest";
import type { Entity } from "../../../src/model/SegmentDocument";
import { collectResourceSections } from "../../../src/react/SegmentDetails/collectResourceSections";

const base = { id: "1111111111111111", name: "svc", start_time: 1, end_time: 2 };

it("collectResourceSections finds nothing in an entity without aws, resource_arn or service", () => {
  expect(collectResourceSections(base)).toEqual([]);
  expect(collectResourceSections({ ...base, aws: {} })).toEqual([]);
});

it("collectResourceSections never reads inherited properties of the aws object", () => {
  const aws = JSON.parse('{"__proto__": {"operation": "Injected"}, "region": "eu-west-1"}');
  const sections = collectResourceSections({ ...base, aws } as Entity);
  const rows = sections.flatMap((s) => s.rows.map((r) => r.label));
  expect(rows).not.toContain("Operation");
  expect(rows).toContain("Region");
});

it("collectResourceSections shows a malformed nested block as text instead of failing", () => {
  const sections = collectResourceSections({ ...base, aws: { ec2: "i-123" } } as unknown as Entity);
  expect(sections).toEqual([
    { title: "EC2", rows: [{ label: "ec2", value: "i-123", mono: false }] },
  ]);
});
