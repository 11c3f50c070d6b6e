import type { Command } from "./Command";

/** Every `tracelens` sub-command, in the order `--help` lists them. Add new commands here. */
export const commandList: readonly Command[] = [];
