import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/runCli";
import { parseSegmentDocuments } from "../../../src/formats/index";
import { fakeIo } from "../../support/fakeIo";

describe("tracelens sample", () => {
  it("writes NDJSON documents that read back without errors and are the same for the same seed", async () => {
    const a = fakeIo();
    const b = fakeIo();
    expect(await runCli(["sample", "--traces", "10", "--seed", "5"], a)).toBe(0);
    expect(await runCli(["sample", "--traces", "10", "--seed", "5"], b)).toBe(0);
    expect(a.out()).toBe(b.out());
    const read = parseSegmentDocuments(a.out());
    expect(read.format).toBe("ndjson");
    expect(read.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(new Set(read.documents.map((d) => d.trace_id)).size).toBe(10);
  });

  it("gives different documents for a different seed", async () => {
    const a = fakeIo();
    const b = fakeIo();
    await runCli(["sample", "--traces", "3", "--seed", "1"], a);
    await runCli(["sample", "--traces", "3", "--seed", "2"], b);
    expect(a.out()).not.toBe(b.out());
  });

  it("exits 2 for a bad count or a file argument", async () => {
    for (const argv of [
      ["sample", "--traces", "0"],
      ["sample", "x.json"],
      ["sample", "--seed", "-1"],
    ]) {
      const io = fakeIo();
      expect(await runCli(argv, io)).toBe(2);
    }
  });
});
