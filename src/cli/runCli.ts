import { parseArgs, type ParseArgsConfig } from "node:util";
import type { CliIo } from "./CliIo";
import { UsageError } from "./Command";
import { commandList } from "./commandList";

const overview = (): string =>
  [
    "usage: tracelens <command> [options] [FILE...]",
    "",
    "Reads X-Ray segment documents in any form (a document, an array, NDJSON, daemon frames,",
    "PutTraceSegments requests, BatchGetTraces responses) from files or stdin (-).",
    "",
    "commands:",
    ...commandList.map((c) => `  ${c.name.padEnd(14)}${c.summary}`),
    "",
    "Run `tracelens <command> --help` for a command's options.",
  ].join("\n") + "\n";

/** Runs the CLI with `argv` (without `node` and the script), returning the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(overview());
    return name === undefined ? 2 : 0;
  }
  const command = commandList.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`tracelens: unknown command '${name}'\n\n${overview()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.help.endsWith("\n") ? command.help : command.help + "\n");
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options } as ParseArgsConfig["options"],
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(`tracelens ${name}: ${(error as Error).message}\nSee 'tracelens ${name} --help'.\n`);
    return 2;
  }
  try {
    return await command.run(
      {
        values: parsed.values as Record<string, string | boolean | string[] | undefined>,
        positionals: parsed.positionals,
      },
      io,
    );
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tracelens ${name}: ${error.message}\nSee 'tracelens ${name} --help'.\n`);
      return 2;
    }
    throw error;
  }
}
