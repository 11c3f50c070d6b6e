const reasons: ReadonlyMap<string, string> = new Map([
  ["ENOENT", "no such file"],
  ["EISDIR", "it is a directory"],
  ["EACCES", "permission denied"],
  ["EPERM", "operation not permitted"],
  [
    "ERR_FS_FILE_TOO_LARGE",
    "larger than the 2 GiB Node reads at once; split it into smaller files (NDJSON and daemon " +
      "frames can be split between any two lines) and pass them all",
  ],
]);

/**
 * Why a file (or stdin) could not be read, for the `FILE: cannot read: …` line: the error code
 * followed by what it means for the codes people meet (missing file, directory, permissions, and
 * files larger than Node reads at once), else the code or the message.
 */
export function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") {
    const reason = reasons.get(code);
    return reason === undefined ? code : `${code}: ${reason}`;
  }
  return error instanceof Error ? error.message : String(error);
}
