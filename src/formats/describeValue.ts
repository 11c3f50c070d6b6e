const maxShown = 40;

/**
 * A short description of a JSON value for messages: its type and, for scalars, the value itself
 * (strings cut to 40 characters).
 * @example describeValue(200) // "the number 200"
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return `the string ${quote(value)}`;
    case "number":
      return `the number ${String(value)}`;
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

/** A string in JSON quotes, cut to 40 characters with an ellipsis. */
export function quote(text: string): string {
  return JSON.stringify(text.length > maxShown ? `${text.slice(0, maxShown)}…` : text);
}
