import type { CliIo } from "../../src/cli/CliIo";

export interface FakeIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

/** An in-memory CliIo: `files` are readable by name, `stdin` is what `-` reads. */
export function fakeIo(files: Readonly<Record<string, string>> = {}, stdin = ""): FakeIo {
  let out = "";
  let err = "";
  const table = new Map(Object.entries(files));
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readStdin: async () => new TextEncoder().encode(stdin),
    readFile: async (path) => {
      const text = table.get(path);
      if (text === undefined)
        throw Object.assign(new Error(`no such file ${path}`), { code: "ENOENT" });
      return new TextEncoder().encode(text);
    },
    out: () => out,
    err: () => err,
  };
}
