/** What a CLI command may touch: injected so commands run in-process in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input as UTF-8. */
  readonly readStdin: () => Promise<string>;
  /** Reads a file as UTF-8; rejects when it cannot be read. */
  readonly readFile: (path: string) => Promise<string>;
}
