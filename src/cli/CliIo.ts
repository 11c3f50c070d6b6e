/** What a CLI command may touch: injected so commands run in-process in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input (bytes; `readInputs` decodes them as UTF-8). */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Reads a file's bytes; rejects when it cannot be read. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** The longest text read as one string (default: Node's limit); longer files are read in parts. */
  readonly maxInputChars?: number;
}
