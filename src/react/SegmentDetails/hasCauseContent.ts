import { asRecord, ownValue } from "./readOwn";

/** True when a `cause` has something to show: an exception id, exceptions, paths or a directory. */
export function hasCauseContent(cause: unknown): boolean {
  if (typeof cause === "string") return cause !== "";
  const record = asRecord(cause);
  if (record === undefined) return false;
  const exceptions = ownValue(record, "exceptions");
  const paths = ownValue(record, "paths");
  const directory = ownValue(record, "working_directory");
  return (
    (Array.isArray(exceptions) && exceptions.length > 0) ||
    (Array.isArray(paths) && paths.length > 0) ||
    (typeof directory === "string" && directory !== "")
  );
}
