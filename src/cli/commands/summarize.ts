import type { Command } from "../Command";
import { inputOptions, inputOptionsHelp } from "../inputOptions";
import { loadTraces } from "../loadTraces";

/** `tracelens summarize`: GetTraceSummaries-shaped JSON for the input. */
export const summarizeCommand: Command = {
  name: "summarize",
  summary: 'print {"TraceSummaries": [...]} for the input\'s traces',
  help: [
    "usage: tracelens summarize [FILE...] [--sample [--traces N] [--seed S]] [--diagnostics json]",
    "",
    "Assembles the segment documents into traces and prints one JSON object with X-Ray's",
    'GetTraceSummaries field names: {"TraceSummaries": [...]}, in trace start order.',
    "Diagnostics go to stderr. Exit 0 when all input was valid, 1 when some was rejected",
    "(the output is still written for the rest), 2 on usage errors.",
    "",
    inputOptionsHelp,
  ].join("\n"),
  options: inputOptions,
  run: async (args, io) => {
    const { traces, rejected } = await loadTraces(args, io);
    const summaries = [...traces]
      .sort((a, b) => a.startTime - b.startTime || (a.id < b.id ? -1 : 1))
      .map((t) => t.summary);
    io.stdout(JSON.stringify({ TraceSummaries: summaries }, null, 2) + "\n");
    return rejected ? 1 : 0;
  },
};
