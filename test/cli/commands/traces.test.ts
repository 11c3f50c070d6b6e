import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/runCli";
import type { TraceSummary } from "../../../src/model/TraceSummary";
import { fakeIo } from "../../support/fakeIo";

const T1 = "1-6553f100-0123456789abcdef01234567";
const T2 = "1-6553f100-89abcdef0123456701234567";
const T3 = "1-6553f101-0123456789abcdef89abcdef";

const documents = [
  {
    id: "aaaaaaaaaaaaaaaa",
    trace_id: T1,
    name: "api",
    start_time: 1700000000,
    end_time: 1700000003,
    fault: true,
    http: { response: { status: 500 } },
  },
  {
    id: "bbbbbbbbbbbbbbbb",
    trace_id: T2,
    name: "api",
    start_time: 1700000001,
    end_time: 1700000001.2,
    annotations: { tier: "gold" },
  },
  {
    id: "cccccccccccccccc",
    trace_id: T3,
    name: "web",
    start_time: 1700000002,
    end_time: 1700000002.5,
    subsegments: [
      {
        id: "dddddddddddddddd",
        name: "api",
        start_time: 1700000002.1,
        end_time: 1700000002.4,
        namespace: "remote",
        fault: true,
      },
    ],
  },
];
const ndjson = documents.map((d) => JSON.stringify(d)).join("\n");

const ids = (out: string): string[] =>
  (JSON.parse(out) as { TraceSummaries: TraceSummary[] }).TraceSummaries.map((s) => s.Id);

describe("tracelens traces", () => {
  it("prints the summaries of the matching traces in start order", async () => {
    const io = fakeIo({ "in.ndjson": ndjson });
    expect(await runCli(["traces", "--filter", 'service("api") { fault }', "in.ndjson"], io)).toBe(
      0,
    );
    expect(ids(io.out())).toEqual([T1, T3]);
    expect(io.err()).toBe("");
  });

  it("uses the summary for simple keywords and reads stdin", async () => {
    const io = fakeIo({}, ndjson);
    expect(
      await runCli(["traces", "--filter", 'responsetime < 1 AND annotation.tier = "gold"'], io),
    ).toBe(0);
    expect(ids(io.out())).toEqual([T2]);
  });

  it("resolves --group for group.name", async () => {
    const io = fakeIo({ "in.ndjson": ndjson });
    const args = [
      "traces",
      "--filter",
      'group.name = "slow"',
      "--group",
      "slow=responsetime > 2",
      "in.ndjson",
    ];
    expect(await runCli(args, io)).toBe(0);
    expect(ids(io.out())).toEqual([T1]);
  });

  it("filters the built-in workload with --sample", async () => {
    const all = fakeIo();
    expect(
      await runCli(
        ["traces", "--filter", "ok OR !ok", "--sample", "--traces", "20", "--seed", "4"],
        all,
      ),
    ).toBe(0);
    expect(ids(all.out())).toHaveLength(20);
    const faults = fakeIo();
    expect(
      await runCli(
        ["traces", "--filter", "service() { fault }", "--sample", "--traces", "20", "--seed", "4"],
        faults,
      ),
    ).toBe(0);
    expect(ids(faults.out()).length).toBeLessThan(20);
  });

  it("rejects a filter with errors before reading input: diagnostics on stderr, exit 2", async () => {
    const io = fakeIo({ "in.ndjson": ndjson });
    expect(await runCli(["traces", "--filter", "responstime > 2", "in.ndjson"], io)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toBe(
      "--filter: 0-11: error unknown-keyword: unknown keyword 'responstime' (did you mean 'responsetime'?)\n",
    );
  });

  it("writes filter diagnostics as JSON with --diagnostics json", async () => {
    const io = fakeIo();
    expect(await runCli(["traces", "--filter", "ok AND", "--diagnostics", "json"], io)).toBe(2);
    expect(JSON.parse(io.err())).toEqual([
      {
        source: "filter",
        code: "expected-term",
        severity: "error",
        message: "expected a term after AND, found end of input",
        from: 6,
        to: 6,
      },
    ]);
  });

  it("keeps going on warnings and exits 1 when some input was rejected", async () => {
    const io = fakeIo({ "in.ndjson": ndjson + "\n{ broken" });
    expect(
      await runCli(["traces", "--filter", 'name = "a\\qb" OR ok OR !ok', "in.ndjson"], io),
    ).toBe(1);
    expect(ids(io.out())).toEqual([T1, T2, T3]);
    expect(io.err()).toContain("--filter: 9-11: warning unknown-escape");
    expect(io.err()).toContain("in.ndjson:");
  });

  it("requires --filter and well-formed --group values", async () => {
    expect(await runCli(["traces", "x.json"], fakeIo())).toBe(2);
    const io = fakeIo();
    expect(await runCli(["traces", "--filter", "ok", "--group", "nameless"], io)).toBe(2);
    expect(io.err()).toContain("--group takes NAME=EXPRESSION");
  });
});
