import type { Command } from "./Command";
import { checkFilterCommand } from "./commands/checkFilter";
import { graphCommand } from "./commands/graph";
import { quantilesCommand } from "./commands/quantiles";
import { sampleCommand } from "./commands/sample";
import { summarizeCommand } from "./commands/summarize";
import { tracesCommand } from "./commands/traces";

/** Every `tracelens` sub-command, in the order `--help` lists them. Add new commands here. */
export const commandList: readonly Command[] = [
  summarizeCommand,
  sampleCommand,
  quantilesCommand,
  graphCommand,
  tracesCommand,
  checkFilterCommand,
];
