import type { OptionSpec } from "./Command";

/** Options every command that reads segment documents accepts. */
export const inputOptions: Readonly<Record<string, OptionSpec>> = {
  sample: { type: "boolean" },
  traces: { type: "string" },
  seed: { type: "string" },
  diagnostics: { type: "string" },
};

/** Help lines for `inputOptions`. */
export const inputOptionsHelp = [
  "  FILE...              files of segment documents in any form; - (or none) reads stdin",
  "  --sample             read the built-in workload instead of files",
  "  --traces N           with --sample: number of traces (default 100)",
  "  --seed S             with --sample: seed (default 1)",
  "  --diagnostics FMT    text (default: one line each on stderr) or json (one JSON array on stderr)",
].join("\n");
