import { constants } from "node:buffer";
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

  it("explains input larger than a string can hold, and how to split it", () => {
    const text = describeReadError(withCode("ERR_STRING_TOO_LONG"));
    expect(text).toContain(`${Math.floor(constants.MAX_STRING_LENGTH / 2 ** 20)} Mi characters`);
    expect(text).toContain("split it into smaller files");
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
