import { describe, expect, it } from "vitest";
import { readInputs } from "../../../src/cli/readInputs";
import { runCli } from "../../../src/cli/runCli";
import type { TraceSummary } from "../../../src/model/TraceSummary";
import { fakeIo } from "../../support/fakeIo";
import { describeCorpus, readCorpus } from "../../support/corpus";

const segment = (id: string, traceId: string, extra: Record<string, unknown> = {}) => ({
  id,
  trace_id: traceId,
  name: "web",
  start_time: 1700000000,
  end_time: 1700000000.25,
  ...extra,
});
const T1 = "1-6553f100-0123456789abcdef01234567";
const T2 = "1-6553f100-89abcdef0123456701234567";

function summaries(io: { out: () => string }): TraceSummary[] {
  return (JSON.parse(io.out()) as { TraceSummaries: TraceSummary[] }).TraceSummaries;
}

describe("tracelens summarize", () => {
  it("prints one GetTraceSummaries-shaped summary per trace and exits 0 for valid input", async () => {
    const ndjson = [
      segment("aaaaaaaaaaaaaaaa", T1, { http: { response: { status: 500 } }, fault: true }),
      segment("bbbbbbbbbbbbbbbb", T2, { start_time: 1700000001, end_time: 1700000001.5 }),
    ]
      .map((d) => JSON.stringify(d))
      .join("\n");
    const io = fakeIo({ "a.ndjson": ndjson });
    expect(await runCli(["summarize", "a.ndjson"], io)).toBe(0);
    const out = summaries(io);
    expect(out.map((s) => s.Id)).toEqual([T1, T2]);
    expect(out[0].HasFault).toBe(true);
    expect(out[0].ResponseTime).toBeCloseTo(0.25, 6);
    expect(out[1].Duration).toBeCloseTo(0.5, 6);
    expect(io.err()).toBe("");
  });

  it("reads stdin for -, reports rejected documents with their location on stderr and exits 1", async () => {
    const text = JSON.stringify([segment("aaaaaaaaaaaaaaaa", T1), { id: "nothex", name: "x" }]);
    const io = fakeIo({}, text);
    expect(await runCli(["summarize", "-"], io)).toBe(1);
    expect(summaries(io)).toHaveLength(1);
    expect(io.err()).toMatch(/^-: \$\[1\]\S*: error [a-z-]+: /m);
  });

  it("writes diagnostics as one JSON array with --diagnostics json", async () => {
    const io = fakeIo({ "bad.json": "{ not json" });
    expect(await runCli(["summarize", "bad.json", "--diagnostics", "json"], io)).toBe(1);
    const diagnostics = JSON.parse(io.err()) as { source: string; code: string }[];
    expect(diagnostics[0]).toMatchObject({ source: "bad.json", code: "invalid-json" });
  });

  it("reports an unreadable file and still summarizes the others", async () => {
    const io = fakeIo({ "ok.json": JSON.stringify(segment("aaaaaaaaaaaaaaaa", T1)) });
    expect(await runCli(["summarize", "missing.json", "ok.json"], io)).toBe(1);
    expect(summaries(io)).toHaveLength(1);
    expect(io.err()).toContain("missing.json: cannot read: ENOENT: no such file");
  });

  it("names the file and line of the document an assembly diagnostic is about", async () => {
    const root = JSON.stringify(segment("aaaaaaaaaaaaaaaa", T1));
    const orphan = JSON.stringify(
      segment("bbbbbbbbbbbbbbbb", T1, { parent_id: "cccccccccccccccc" }),
    );
    const batch = JSON.stringify({
      Traces: [
        {
          Id: T2,
          Segments: [
            {
              Id: "dddddddddddddddd",
              Document: JSON.stringify(
                segment("dddddddddddddddd", T2, { parent_id: "eeeeeeeeeeeeeeee" }),
              ),
            },
          ],
        },
      ],
    });
    const io = fakeIo({
      "one.ndjson": root,
      "two.ndjson": `${root}\n\n${orphan}\n`,
      "b.json": batch,
    });
    expect(await runCli(["summarize", "one.ndjson", "two.ndjson", "b.json"], io)).toBe(0);
    const lines = io.err().trimEnd().split("\n");
    expect(lines).toContainEqual(
      expect.stringMatching(/^two\.ndjson: line 1: info duplicate-id: /),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^two\.ndjson: line 3 \$\.parent_id: warning orphan: parent cccccccccccccccc /,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^b\.json: \$\.Traces\[0\]\.Segments\[0\]\.Document\.parent_id: warning orphan: /,
      ),
    );
    const io2 = fakeIo({ "two.ndjson": `${root}\n${orphan}` });
    await runCli(["summarize", "two.ndjson", "--diagnostics", "json"], io2);
    expect(JSON.parse(io2.err())).toContainEqual(
      expect.objectContaining({
        source: "two.ndjson",
        code: "orphan",
        documentIndex: 1,
        path: "line 2 $.parent_id",
      }),
    );
  });

  it("reads a file longer than one string in parts, with the lines of the whole file", async () => {
    const docs = [
      segment("aaaaaaaaaaaaaaaa", T1),
      segment("bbbbbbbbbbbbbbbb", T2, { start_time: 1700000001, end_time: 1700000001.5 }),
      segment("cccccccccccccccc", T1, { parent_id: "dddddddddddddddd" }),
    ].map((d) => JSON.stringify(d));
    const text = [docs[0], docs[1], "", "{ not json", docs[2]].join("\n");
    const whole = fakeIo({ "big.ndjson": text });
    expect(await runCli(["summarize", "big.ndjson"], whole)).toBe(1);
    const parts = { ...fakeIo({ "big.ndjson": text }), maxInputChars: 200 };
    expect((await readInputs(["big.ndjson"], parts)).inputs.map((i) => i.firstLine)).toEqual([
      1,
      2,
      4, // the unclosed `{` of line 4 leaves no cut before the end
    ]);
    expect(await runCli(["summarize", "big.ndjson"], parts)).toBe(1);
    // the same output and the same diagnostics, at the lines of the whole file
    expect(parts.out()).toBe(whole.out());
    expect(parts.err()).toBe(whole.err());
    expect(parts.err()).toMatch(
      /^big\.ndjson: line 4: error invalid-json: invalid JSON at line 4/m,
    );
    expect(parts.err()).toMatch(/^big\.ndjson: line 5 \$\.parent_id: warning orphan: /m);
    expect(summaries(parts)).toHaveLength(2);
    const tiny = { ...fakeIo({ "big.ndjson": text }), maxInputChars: 40 };
    expect(await runCli(["summarize", "big.ndjson"], tiny)).toBe(1);
    expect(tiny.err()).toContain(
      "big.ndjson: cannot read: it cannot be cut into parts of at most 40",
    );
  });

  it("summarizes the built-in workload with --sample", async () => {
    const io = fakeIo();
    const code = await runCli(["summarize", "--sample", "--traces", "20", "--seed", "3"], io);
    expect(code === 0 || code === 1).toBe(true);
    expect(summaries(io)).toHaveLength(20);
  });

  it("exits 2 on usage errors", async () => {
    for (const argv of [
      ["summarize", "--sample", "--traces", "x"],
      ["summarize", "--traces", "5", "a.json"],
      ["summarize", "--diagnostics", "xml", "a.json"],
      ["summarize", "--sample", "a.json"],
    ]) {
      const io = fakeIo({ "a.json": "{}" });
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err()).toContain("tracelens summarize:");
    }
  });
});

describeCorpus("tracelens summarize on the corpus", () => {
  it("summarizes the BatchGetTraces example as one trace rooted at its Elastic Beanstalk service", async () => {
    const io = fakeIo({
      "b.json": readCorpus("awsdocs-xray-devguide__BatchGetTraces-response.json"),
    });
    expect(await runCli(["summarize", "b.json"], io)).toBe(0);
    const [summary] = summaries(io);
    expect(summaries(io)).toHaveLength(1);
    expect(summary.EntryPoint?.Name).toBe("Scorekeep");
    expect(summary.ServiceIds.map((s) => s.Name)).toContain("random-name");
  });
});
