import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/runCli";
import { fakeIo } from "../../support/fakeIo";

interface Output {
  ok: boolean;
  diagnostics: { code: string; from: number; to: number; severity: string; hint?: string }[];
  canonical: string | null;
}

async function check(
  args: string[],
  stdin = "",
): Promise<{ code: number; out: Output; err: string }> {
  const io = fakeIo({}, stdin);
  const code = await runCli(["check-filter", ...args], io);
  return {
    code,
    out: io.out() === "" ? (null as unknown as Output) : (JSON.parse(io.out()) as Output),
    err: io.err(),
  };
}

describe("tracelens check-filter", () => {
  it("prints ok, no diagnostics and the canonical form for a valid expression; exit 0", async () => {
    const { code, out } = await check(["ok !partial duration <3"]);
    expect(code).toBe(0);
    expect(out).toEqual({
      ok: true,
      diagnostics: [],
      canonical: "ok AND !partial AND duration < 3",
    });
  });

  it("prints the diagnostics with offsets and exits 1 when there are errors", async () => {
    const { code, out } = await check(["responstime > 2 AND (ok"]);
    expect(code).toBe(1);
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => [d.code, d.from, d.to])).toEqual([
      ["unknown-keyword", 0, 11],
      ["unclosed-paren", 23, 23],
    ]);
    expect(out.diagnostics[0].hint).toBe("did you mean 'responsetime'?");
    expect(out.canonical).toBe("responstime > 2 AND ok");
  });

  it("exits 0 with warnings only", async () => {
    const { code, out } = await check(['http.url = "a\\qb"']);
    expect(code).toBe(0);
    expect(out.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
  });

  it("checks group references only when groups are given", async () => {
    expect((await check(['group.name = "slow"'])).code).toBe(0);
    const { code, out } = await check(['group.name = "slwo"', "--group", "slow=responsetime > 3"]);
    expect(code).toBe(1);
    expect(out.diagnostics[0]).toMatchObject({
      code: "unknown-group",
      hint: "did you mean 'slow'?",
    });
  });

  it("reads the expression from stdin for -", async () => {
    const { code, out } = await check(["-"], 'service("a") { fault }\n');
    expect(code).toBe(0);
    expect(out.canonical).toBe('service("a") { fault }');
  });

  it("needs exactly one expression", async () => {
    expect((await check([])).code).toBe(2);
    const { code, err } = await check(["ok", "fault"]);
    expect(code).toBe(2);
    expect(err).toContain("exactly one EXPRESSION");
  });
});
