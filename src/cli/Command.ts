import type { CliIo } from "./CliIo";

export type OptionSpec =
  | { readonly type: "boolean"; readonly short?: string }
  | { readonly type: "string"; readonly short?: string; readonly multiple?: boolean };

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** One `tracelens` sub-command. Exit codes: 0 all input valid, 1 some input rejected, 2 usage. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly run: (args: ParsedArgs, io: CliIo) => Promise<number>;
}

/** Thrown by a command for a usage error (bad option value); `runCli` prints it and exits 2. */
export class UsageError extends Error {}
