import { compileFilter, formatFilterDiagnostic } from "../../filter/index";
import type { Command } from "../Command";
import { UsageError } from "../Command";
import { inputOptions, inputOptionsHelp } from "../inputOptions";
import { loadTraces } from "../loadTraces";
import { parseGroupOptions } from "./checkFilter";

/** `tracelens traces --filter EXPR`: the summaries of the traces a filter expression matches. */
export const tracesCommand: Command = {
  name: "traces",
  summary: 'print {"TraceSummaries": [...]} of the traces matching --filter',
  help: [
    "usage: tracelens traces --filter EXPRESSION [--group NAME=EXPRESSION]... [FILE...]",
    "                        [--sample [--traces N] [--seed S]] [--diagnostics json]",
    "",
    "Assembles the segment documents into traces, keeps those an X-Ray filter expression",
    'matches, and prints {"TraceSummaries": [...]} in trace start order (as GetTraceSummaries',
    "with a FilterExpression). A filter with errors is a usage error: its diagnostics go to",
    "stderr (from-to offsets into the expression) and nothing is read. Exit 0 when all input",
    "was valid, 1 when some was rejected, 2 on usage errors (including a bad filter).",
    "",
    "  --filter EXPR        the filter expression (required), e.g. 'service(\"api\") { fault }'",
    "  --group NAME=EXPR    a group for group.name / group.arn (repeatable)",
    inputOptionsHelp,
  ].join("\n"),
  options: {
    ...inputOptions,
    filter: { type: "string" },
    group: { type: "string", multiple: true },
  },
  run: async (args, io) => {
    const expression = args.values.filter;
    if (typeof expression !== "string") throw new UsageError("--filter EXPRESSION is required");
    const filter = compileFilter(expression, { groups: parseGroupOptions(args.values.group) });
    const json = args.values.diagnostics === "json";
    if (filter.diagnostics.length > 0) {
      io.stderr(
        json
          ? JSON.stringify(filter.diagnostics.map((d) => ({ source: "filter", ...d }))) + "\n"
          : filter.diagnostics.map((d) => `--filter: ${formatFilterDiagnostic(d)}\n`).join(""),
      );
    }
    if (!filter.ok) return 2;
    const { traces, rejected } = await loadTraces(args, io);
    const summaries = traces
      .filter((t) => filter.matchesTrace(t))
      .sort((a, b) => a.startTime - b.startTime || (a.id < b.id ? -1 : 1))
      .map((t) => t.summary);
    io.stdout(JSON.stringify({ TraceSummaries: summaries }, null, 2) + "\n");
    return rejected ? 1 : 0;
  },
};
