import { expect, it } from "vitest";
import { isServiceGraphText } from "../../../src/react/Console/parseConsoleText";
import { parseServiceGraphText } from "../../../src/react/Console/parseServiceGraphText";
import { generateWorkload } from "../../../src/sample/index";

const service = (id: number, name: string, edges: unknown[] = []) => ({
  ReferenceId: id,
  Name: name,
  Names: [name],
  Type: "AWS::EC2::Instance",
  State: "active",
  StartTime: 1,
  EndTime: 61,
  Edges: edges,
  SummaryStatistics: {
    OkCount: 1,
    ErrorStatistics: { ThrottleCount: 0, OtherCount: 0, TotalCount: 0 },
    FaultStatistics: { OtherCount: 0, TotalCount: 0 },
    TotalCount: 1,
    TotalResponseTime: 0.1,
  },
  ResponseTimeHistogram: [{ Value: 0.1, Count: 1 }],
  DurationHistogram: [{ Value: 0.1, Count: 1 }],
});
const services = [service(0, "front", [{ ReferenceId: 1 }]), service(1, "back")];

it("parseServiceGraphText reads { Services } and an SDK capture's { data } alike", () => {
  const plain = parseServiceGraphText(JSON.stringify({ Services: services }, null, 2));
  const data = parseServiceGraphText(JSON.stringify({ data: services }, null, 2));
  const nested = parseServiceGraphText(JSON.stringify({ data: { Services: services } }));
  for (const read of [plain, data, nested]) {
    expect(read?.graph.nodes.map((n) => n.name).sort()).toEqual(["back", "front"]);
    expect(read?.graph.edges).toHaveLength(1);
  }
});

it("parseServiceGraphText leaves segment documents, other { data } JSON and broken JSON alone", () => {
  const ndjson = [...generateWorkload({ traces: 2, seed: 1 })]
    .map((d) => JSON.stringify(d))
    .join("\n");
  expect(parseServiceGraphText(ndjson)).toBeNull();
  expect(isServiceGraphText(JSON.stringify({ data: [{ trace_id: "1-2-3", id: "a" }] }))).toBe(
    false,
  );
  expect(parseServiceGraphText(JSON.stringify({ data: [1, 2] }))).toBeNull();
  const broken = JSON.stringify({ Services: services }).slice(0, -5);
  expect(isServiceGraphText(broken)).toBe(true);
  expect(parseServiceGraphText(broken)).toBeNull(); // read as documents, which reports the JSON error
});
