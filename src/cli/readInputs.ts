import type { CliIo } from "./CliIo";
import { describeReadError } from "./describeReadError";

export interface CliInput {
  /** The file name, or `-` for stdin. */
  readonly name: string;
  readonly text: string;
}

export interface ReadInputsResult {
  readonly inputs: readonly CliInput[];
  /** One line per file that could not be read. */
  readonly failures: readonly string[];
}

/** Reads each FILE (or stdin for `-`, and when no file is given). */
export async function readInputs(files: readonly string[], io: CliIo): Promise<ReadInputsResult> {
  const names = files.length === 0 ? ["-"] : files;
  const inputs: CliInput[] = [];
  const failures: string[] = [];
  for (const name of names) {
    try {
      inputs.push({ name, text: name === "-" ? await io.readStdin() : await io.readFile(name) });
    } catch (error) {
      failures.push(`${name}: cannot read: ${describeReadError(error)}`);
    }
  }
  return { inputs, failures };
}
