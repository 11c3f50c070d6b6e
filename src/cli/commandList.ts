import type { Command } from "./Command";
import { graphCommand } from "./commands/graph";
import { quantilesCommand } from "./commands/quantiles";
import { sampleCommand } from "./commands/sample";
import { summarizeCommand } from "./commands/summarize";

/** Every `tracelens` sub-command, in the order `--help` lists them. Add new commands here. */
export const commandList: readonly Command[] = [
  summarizeCommand,
  sampleCommand,
  quantilesCommand,
  graphCommand,
];
