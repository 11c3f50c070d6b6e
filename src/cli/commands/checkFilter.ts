import { compileFilter, formatFilter, parseFilter } from "../../filter/index";
import type { Command } from "../Command";
import { UsageError } from "../Command";

/** The `--group NAME=EXPR` options as a map (name → expression); a usage error when malformed. */
export function parseGroupOptions(value: unknown): ReadonlyMap<string, string> | undefined {
  if (value === undefined) return undefined;
  const groups = new Map<string, string>();
  for (const entry of Array.isArray(value) ? value : [value]) {
    const text = String(entry);
    const eq = text.indexOf("=");
    if (eq <= 0) throw new UsageError(`--group takes NAME=EXPRESSION, not '${text}'`);
    groups.set(text.slice(0, eq), text.slice(eq + 1));
  }
  return groups;
}

/** `tracelens check-filter`: parse and check an expression, print its diagnostics as JSON. */
export const checkFilterCommand: Command = {
  name: "check-filter",
  summary: "check a filter expression and print its diagnostics as JSON",
  help: [
    "usage: tracelens check-filter EXPRESSION [--group NAME=EXPRESSION]...",
    "",
    "Parses and checks an X-Ray filter expression (- reads it from stdin) and prints",
    '{"ok": true|false, "diagnostics": [{code, severity, message, from, to, hint?}], "canonical": TEXT|null}',
    "where from/to are offsets into the expression and canonical is the expression as",
    "formatFilter prints it. Group references are checked only when --group is given.",
    "Exit 0 when there is no error (warnings allowed), 1 when there is one, 2 on usage errors.",
    "",
    "  --group NAME=EXPR    a group for group.name / group.arn (repeatable)",
  ].join("\n"),
  options: { group: { type: "string", multiple: true } },
  run: async (args, io) => {
    if (args.positionals.length !== 1) {
      throw new UsageError("give exactly one EXPRESSION (quote it for the shell)");
    }
    const groups = parseGroupOptions(args.values.group);
    const text =
      args.positionals[0] === "-"
        ? new TextDecoder().decode(await io.readStdin()).replace(/\r?\n$/, "")
        : args.positionals[0];
    const result = groups === undefined ? parseFilter(text) : compileFilter(text, { groups });
    const ok = !result.diagnostics.some((d) => d.severity === "error");
    const canonical = result.ast === null ? null : formatFilter(result.ast);
    io.stdout(JSON.stringify({ ok, diagnostics: result.diagnostics, canonical }, null, 2) + "\n");
    return ok ? 0 : 1;
  },
};
