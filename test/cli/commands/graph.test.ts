import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/runCli";
import type { GetServiceGraphResponse } from "../../../src/model/ServiceGraph";
import { describeCorpus, readCorpus } from "../../support/corpus";
import { fakeIo } from "../../support/fakeIo";

const T1 = "1-6553f100-0123456789abcdef01234567";
const T2 = "1-6553f100-89abcdef0123456701234567";
const documents = [
  {
    id: "aaaaaaaaaaaaaaaa",
    trace_id: T1,
    name: "web",
    origin: "AWS::EC2::Instance",
    start_time: 1700000000,
    end_time: 1700000000.5,
    subsegments: [
      {
        id: "cccccccccccccccc",
        name: "DynamoDB",
        namespace: "aws",
        start_time: 1700000000.1,
        end_time: 1700000000.2,
        aws: { table_name: "users" },
      },
    ],
  },
  {
    id: "bbbbbbbbbbbbbbbb",
    trace_id: T2,
    name: "web",
    origin: "AWS::EC2::Instance",
    start_time: 1700000001,
    end_time: 1700000001.25,
    fault: true,
  },
];
const ndjson = documents.map((d) => JSON.stringify(d)).join("\n");
const parse = (text: string) => JSON.parse(text) as GetServiceGraphResponse;

describe("tracelens graph", () => {
  it("prints the GetServiceGraph-shaped graph of the input and exits 0", async () => {
    const io = fakeIo({ "a.ndjson": ndjson });
    expect(await runCli(["graph", "a.ndjson"], io)).toBe(0);
    const out = parse(io.out());
    expect(Object.keys(out)).toEqual([
      "StartTime",
      "EndTime",
      "Services",
      "ContainsOldGroupVersions",
    ]);
    expect(out.Services.map((s) => [s.Name, s.Type, s.State])).toEqual([
      ["users", "AWS::DynamoDB::Table", "unknown"],
      ["web", "AWS::EC2::Instance", "active"],
      ["web", "client", "unknown"],
    ]);
    const web = out.Services[1];
    expect(web.Root).toBe(true);
    expect(web.SummaryStatistics!.TotalCount).toBe(2);
    expect(web.SummaryStatistics!.FaultStatistics.TotalCount).toBe(1);
    expect(web.Edges.map((e) => [e.ReferenceId, e.SummaryStatistics.TotalCount])).toEqual([[0, 1]]);
    expect(
      out.Services[2].Edges.map((e) => [e.ReferenceId, e.SummaryStatistics.TotalCount]),
    ).toEqual([[1, 2]]);
    expect(io.err()).toBe("");
  });

  it("keeps only the traces matching --filter", async () => {
    const io = fakeIo({ "a.ndjson": ndjson });
    expect(await runCli(["graph", "a.ndjson", "--filter", "fault"], io)).toBe(0);
    const out = parse(io.out());
    expect(out.Services.map((s) => s.Name)).toEqual(["web", "web"]);
    expect(out.Services[0].SummaryStatistics!.TotalCount).toBe(1);
  });

  it("exits 2 with the filter's diagnostics when the expression has errors, before reading input", async () => {
    const io = fakeIo({});
    expect(await runCli(["graph", "missing.json", "--filter", "responsetime >"], io)).toBe(2);
    expect(io.err()).toMatch(/^tracelens graph: --filter: \d+-\d+: error [a-z-]+: /);
    expect(io.out()).toBe("");
  });

  it("caps histogram entries with --buckets and rejects a bad value", async () => {
    const io = fakeIo();
    expect(
      await runCli(["graph", "--sample", "--traces", "60", "--buckets", "3"], io),
    ).toBeLessThanOrEqual(1);
    for (const s of parse(io.out()).Services)
      expect((s.ResponseTimeHistogram ?? []).length).toBeLessThanOrEqual(3);
    const bad = fakeIo();
    expect(await runCli(["graph", "--sample", "--buckets", "0"], bad)).toBe(2);
  });

  it("derives the built-in workload's graph with --sample", async () => {
    const io = fakeIo();
    const code = await runCli(["graph", "--sample", "--traces", "40", "--seed", "2"], io);
    expect(code === 0 || code === 1).toBe(true);
    const out = parse(io.out());
    expect(out.Services.some((s) => s.Type === "AWS::Lambda::Function")).toBe(true);
    expect(out.Services.some((s) => s.Type === "client")).toBe(true);
  });

  it("reports rejected documents on stderr, still prints the graph and exits 1", async () => {
    const io = fakeIo({ "a.json": JSON.stringify([documents[0], { id: "nothex", name: "x" }]) });
    expect(await runCli(["graph", "a.json"], io)).toBe(1);
    expect(parse(io.out()).Services.length).toBe(3);
    expect(io.err()).toMatch(/error/);
  });
});

describeCorpus("tracelens graph on the corpus", () => {
  it("reads the BatchGetTraces example and prints its six-node graph", async () => {
    const io = fakeIo({
      "b.json": readCorpus("awsdocs-xray-devguide__BatchGetTraces-response.json"),
    });
    expect(await runCli(["graph", "b.json"], io)).toBe(0);
    const types = parse(io.out())
      .Services.map((s) => s.Type)
      .sort();
    expect(types).toEqual([
      "AWS::DynamoDB::Table",
      "AWS::ElasticBeanstalk::Environment",
      "AWS::Lambda",
      "AWS::Lambda::Function",
      "AWS::SNS",
      "client",
    ]);
  });
});
