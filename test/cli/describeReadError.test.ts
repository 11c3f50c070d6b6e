import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeReadError } from "../../src/cli/describeReadError";

const withCode = (code: string) => Object.assign(new Error(`failed: ${code}`), { code });

describe("describeReadError", () => {
  it("says what the common codes mean after the code", () => {
    expect(describeReadError(withCode("ENOENT"))).toBe("ENOENT: no such file");
    expect(describeReadError(withCode("EACCES"))).toBe("EACCES: permission denied");
    expect(describeReadError(withCode("EMFILE"))).toBe("EMFILE");
    expect(describeReadError(new Error("boom"))).toBe("boom");
    expect(describeReadError("odd")).toBe("odd");
  });

  it("explains a file larger than Node reads at once, and how to split it", () => {
    const text = describeReadError(withCode("ERR_FS_FILE_TOO_LARGE"));
    expect(text).toMatch(
      /^ERR_FS_FILE_TOO_LARGE: larger than the 2 GiB Node reads at once; split it/,
    );
  });

  it("describes what reading a directory really throws", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tracelens-"));
    try {
      const error = await readFile(dir, "utf8").catch((e: unknown) => e);
      expect(describeReadError(error)).toBe("EISDIR: it is a directory");
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
