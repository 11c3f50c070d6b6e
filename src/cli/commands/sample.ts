import type { Command } from "../Command";
import { parseIntegerOption } from "../parseIntegerOption";
import { generateWorkload } from "../../sample/index";

/** `tracelens sample`: the built-in workload as NDJSON segment documents. */
export const sampleCommand: Command = {
  name: "sample",
  summary: "write the built-in workload's segment documents as NDJSON",
  help: [
    "usage: tracelens sample [--traces N] [--seed S]",
    "",
    "Writes the segment documents of the seeded built-in workload (an API Gateway stage, a web",
    "service on ECS calling S3, DynamoDB, SNS, an HTTP dependency and an async Lambda function)",
    "to stdout, one JSON document per line. The same seed always gives the same bytes.",
    "",
    "  --traces N   number of traces (default 100)",
    "  --seed S     seed (default 1)",
  ].join("\n"),
  options: { traces: { type: "string" }, seed: { type: "string" } },
  run: async (args, io) => {
    if (args.positionals.length > 0) {
      io.stderr(`tracelens sample: takes no files (got '${args.positionals[0]}')\n`);
      return 2;
    }
    const traces = parseIntegerOption("traces", args.values.traces, 100, 1, 100_000_000);
    const seed = parseIntegerOption("seed", args.values.seed, 1, 0, 2 ** 32 - 1);
    let chunk: string[] = [];
    for (const doc of generateWorkload({ traces, seed })) {
      chunk.push(JSON.stringify(doc));
      if (chunk.length === 1000) {
        io.stdout(chunk.join("\n") + "\n");
        chunk = [];
      }
    }
    if (chunk.length > 0) io.stdout(chunk.join("\n") + "\n");
    return 0;
  },
};
