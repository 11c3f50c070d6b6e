import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/runCli";
import { isDigestError, parseBase64, TDigest } from "../../../src/digest/index";
import { fakeIo } from "../../support/fakeIo";

interface Output {
  count: number;
  min: number | null;
  max: number | null;
  quantiles: Record<string, number | null>;
  digest: unknown;
}

async function quantiles(argv: string[], files: Record<string, string> = {}, stdin = "") {
  const io = fakeIo(files, stdin);
  const code = await runCli(["quantiles", ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

const oneToHundred = Array.from({ length: 100 }, (_, i) => String(i + 1)).join("\n") + "\n";

describe("tracelens quantiles", () => {
  it("prints count, exact min and max, the default quantiles and the JSON digest for numbers on stdin", async () => {
    const { code, out, err } = await quantiles([], {}, oneToHundred);
    expect(code).toBe(0);
    expect(err).toBe("");
    const result = JSON.parse(out) as Output;
    expect(result.count).toBe(100);
    expect(result.min).toBe(1);
    expect(result.max).toBe(100);
    expect(Object.keys(result.quantiles)).toEqual(["0.5", "0.9", "0.99", "0.999"]);
    expect(Math.abs(result.quantiles["0.5"]! - 50.5)).toBeLessThanOrEqual(1);
    expect(result.quantiles["0.9"]).toBe(90);
    const digest = TDigest.fromJSON(result.digest);
    expect(isDigestError(digest)).toBe(false);
    expect((digest as TDigest).count).toBe(100);
    expect((digest as TDigest).quantile(0.5)).toBe(result.quantiles["0.5"]);
  });

  it("reads a FILE, and `-` as stdin", async () => {
    const fromFile = await quantiles(["data.txt"], { "data.txt": "5\n7\n" });
    expect(fromFile.code).toBe(0);
    expect((JSON.parse(fromFile.out) as Output).max).toBe(7);
    const fromDash = await quantiles(["-"], {}, "3\n");
    expect((JSON.parse(fromDash.out) as Output).count).toBe(1);
  });

  it("takes --q as a comma-separated list and names each quantile as a number", async () => {
    const { out } = await quantiles(["--q", "0.25, 0.50,1"], {}, oneToHundred);
    expect(out).toMatch(/"quantiles": \{"0\.25":[\d.]+,"0\.5":[\d.]+,"1":100\}/);
  });

  it("reads a JSON array of numbers", async () => {
    const { code, out } = await quantiles([], {}, "[0.004, 0.015, 0.157, 1e-3]");
    expect(code).toBe(0);
    const result = JSON.parse(out) as Output;
    expect(result.count).toBe(4);
    expect(result.min).toBe(0.001);
    expect(result.max).toBe(0.157);
  });

  it("reports each bad line with its line number on stderr, skips it and exits 1", async () => {
    const { code, out, err } = await quantiles(["in.txt"], {
      "in.txt": "1\n2\nabc\n\n3\nNaN\n1e999\n0x10\n4 \r\n",
    });
    expect(code).toBe(1);
    expect(err).toContain('in.txt:3: not a finite number: "abc"');
    expect(err).toContain('in.txt:6: not a finite number: "NaN"');
    expect(err).toContain('in.txt:7: not a finite number: "1e999"');
    expect(err).toContain('in.txt:8: not a finite number: "0x10"');
    expect(err).not.toContain("in.txt:4:");
    expect(err).toContain("skipped 4, used 4");
    const result = JSON.parse(out) as Output;
    expect(result.count).toBe(4);
    expect(result.max).toBe(4);
  });

  it("reads a file longer than one string in parts: the same digest, bad lines at their line", async () => {
    const lines = Array.from({ length: 400 }, (_, i) => (i === 250 ? "oops" : String(i * 1.5)));
    const text = lines.join("\n");
    const whole = fakeIo({ "big.txt": text });
    const parts = { ...fakeIo({ "big.txt": text }), maxInputChars: 64 };
    expect(await runCli(["quantiles", "big.txt"], whole)).toBe(1);
    expect(await runCli(["quantiles", "big.txt"], parts)).toBe(1);
    expect(parts.err()).toContain('big.txt:251: not a finite number: "oops"');
    expect(parts.err()).toBe(whole.err());
    expect(JSON.parse(parts.out())).toEqual(JSON.parse(whole.out()));
  });

  it("reports bad JSON array elements by index and exits 1", async () => {
    const { code, out, err } = await quantiles([], {}, '[1, "2", null, 3]');
    expect(code).toBe(1);
    expect(err).toContain('element 1: not a finite number: "2"');
    expect(err).toContain("element 2: not a finite number: null");
    expect((JSON.parse(out) as Output).count).toBe(2);
  });

  it("exits 1 for text that starts like a JSON array but is not one", async () => {
    const { code, err } = await quantiles([], {}, "[1, 2");
    expect(code).toBe(1);
    expect(err).toContain("not a JSON array");
  });

  it("lists the first 50 bad lines and counts the rest", async () => {
    const text = Array.from({ length: 80 }, () => "x").join("\n");
    const { code, err } = await quantiles([], {}, text);
    expect(code).toBe(1);
    expect(err.match(/not a finite number/g)).toHaveLength(50);
    expect(err).toContain("... and 30 more");
  });

  it("prints null statistics for input without numbers", async () => {
    const { code, out } = await quantiles([], {}, "\n\n");
    expect(code).toBe(0);
    const result = JSON.parse(out) as Output;
    expect(result).toMatchObject({ count: 0, min: null, max: null });
    expect(result.quantiles["0.5"]).toBeNull();
  });

  it("prints the digest as base64 of the Java asBytes layout with --bytes", async () => {
    const { out } = await quantiles(["--bytes", "--compression", "50"], {}, oneToHundred);
    const result = JSON.parse(out) as Output;
    expect(typeof result.digest).toBe("string");
    const bytes = parseBase64(result.digest as string) as Uint8Array;
    expect(new DataView(bytes.buffer).getInt32(0)).toBe(1);
    const digest = TDigest.fromBytes(bytes) as TDigest;
    expect(digest.compression).toBe(50);
    expect(digest.count).toBe(100);
    expect(digest.min).toBe(1);
    expect(digest.max).toBe(100);
  });

  it("uses --compression for the digest", async () => {
    const { out } = await quantiles(["--compression", "20"], {}, oneToHundred);
    expect((JSON.parse(out) as Output).digest).toMatchObject({ compression: 20 });
  });

  it("exits 2 on a bad --q, a bad --compression or two files", async () => {
    for (const argv of [
      ["--q", "0.5,1.5"],
      ["--q", "abc"],
      ["--q", ""],
      ["--compression", "0"],
      ["--compression", "lots"],
      ["--compression", "20000"],
      ["a.txt", "b.txt"],
    ]) {
      const { code, err, out } = await quantiles(argv, { "a.txt": "1", "b.txt": "2" }, "1\n");
      expect(code, argv.join(" ")).toBe(2);
      expect(err).toContain("tracelens quantiles:");
      expect(out).toBe("");
    }
  });

  it("exits 1 when the file cannot be read", async () => {
    const { code, err, out } = await quantiles(["missing.txt"]);
    expect(code).toBe(1);
    expect(err).toContain("missing.txt: cannot read: ENOENT: no such file");
    expect(out).toBe("");
  });

  it("describes its input, options and exit codes in --help", async () => {
    const { code, out } = await quantiles(["--help"]);
    expect(code).toBe(0);
    for (const text of ["--q", "--compression", "--bytes", "JSON array", "exit status"]) {
      expect(out).toContain(text);
    }
  });
});
