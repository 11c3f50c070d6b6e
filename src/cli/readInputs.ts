import { constants } from "node:buffer";
import type { CliIo } from "./CliIo";
import { describeReadError } from "./describeReadError";
import { splitTextParts } from "./splitTextParts";

/**
 * One input to read: a file, stdin, or one part of a file too long for one string. `text()`
 * decodes it on each call (call it once), so the parts of a large file are not all held as
 * strings at once.
 */
export interface CliInput {
  /** The file name, or `-` for stdin. */
  readonly name: string;
  /** The line of the file this text starts on (1 unless the file was read in parts). */
  readonly firstLine: number;
  readonly text: () => string;
}

export interface ReadInputsResult {
  readonly inputs: readonly CliInput[];
  /** One line per file that could not be read. */
  readonly failures: readonly string[];
}

/**
 * Reads each FILE (or stdin for `-`, and when no file is given) as UTF-8. A file longer than the
 * longest string (Node's limit, or `io.maxInputChars`) is read in parts cut between lines outside
 * any JSON value (`splitTextParts`), so NDJSON and daemon frames of any size are read; a single
 * value that long is a failure saying so.
 */
export async function readInputs(files: readonly string[], io: CliIo): Promise<ReadInputsResult> {
  const maxChars = io.maxInputChars ?? constants.MAX_STRING_LENGTH;
  const names = files.length === 0 ? ["-"] : files;
  const inputs: CliInput[] = [];
  const failures: string[] = [];
  const decoder = new TextDecoder();
  for (const name of names) {
    let bytes: Uint8Array;
    try {
      bytes = name === "-" ? await io.readStdin() : await io.readFile(name);
    } catch (error) {
      failures.push(`${name}: cannot read: ${describeReadError(error)}`);
      continue;
    }
    const parts =
      bytes.length <= maxChars
        ? [{ start: 0, end: bytes.length, firstLine: 1 }]
        : splitTextParts(bytes, maxChars);
    if (parts === null) {
      failures.push(
        `${name}: cannot read: it cannot be cut into parts of at most ${maxChars.toLocaleString("en")} ` +
          "characters (the longest string Node can hold) between lines outside a JSON value: a " +
          "value or line that long, or a value that never closes; write it as NDJSON, one document a line",
      );
      continue;
    }
    for (const { start, end, firstLine } of parts) {
      inputs.push({
        name,
        firstLine,
        text: () => decoder.decode(bytes.subarray(start, end)),
      });
    }
  }
  return { inputs, failures };
}
