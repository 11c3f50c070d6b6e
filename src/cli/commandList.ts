import type { Command } from "./Command";
import { quantilesCommand } from "./commands/quantiles";

/** Every `tracelens` sub-command, in the order `--help` lists them. Add new commands here. */
export const commandList: readonly Command[] = [quantilesCommand];
