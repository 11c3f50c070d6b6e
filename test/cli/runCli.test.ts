import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli";
import { commandList } from "../../src/cli/commandList";
import { fakeIo } from "../support/fakeIo";

describe("runCli", () => {
  it("prints the command list and exits 2 when no command is given", async () => {
    const io = fakeIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.out()).toContain("usage: tracelens <command>");
    for (const c of commandList) expect(io.out()).toContain(c.name);
  });

  it("exits 0 for --help", async () => {
    const io = fakeIo();
    expect(await runCli(["--help"], io)).toBe(0);
    expect(io.out()).toContain("commands:");
  });

  it("rejects an unknown command with exit 2 and names it", async () => {
    const io = fakeIo();
    expect(await runCli(["frobnicate"], io)).toBe(2);
    expect(io.err()).toContain("unknown command 'frobnicate'");
  });

  it("gives every command its own --help", async () => {
    for (const c of commandList) {
      const io = fakeIo();
      expect(await runCli([c.name, "--help"], io)).toBe(0);
      expect(io.out()).toContain(`tracelens ${c.name}`);
    }
  });

  it("rejects an unknown option with exit 2", async () => {
    for (const c of commandList) {
      const io = fakeIo();
      expect(await runCli([c.name, "--no-such-option"], io)).toBe(2);
      expect(io.err()).toContain(`tracelens ${c.name}:`);
    }
  });
});
