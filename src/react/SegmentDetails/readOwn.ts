/** A plain (non-array) object from a parsed document, or undefined. */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Readonly<Record<string, unknown>>)
    : undefined;
}

/** The own enumerable entries of a parsed object (never its prototype's); empty for non-objects. */
export function ownEntries(value: unknown): readonly (readonly [string, unknown])[] {
  const record = asRecord(value);
  return record === undefined ? [] : Object.entries(record);
}

/** One own property of a parsed object, or undefined (never an inherited property). */
export function ownValue(value: unknown, key: string): unknown {
  const record = asRecord(value);
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when a parsed object has at least one own enumerable key (stops at the first). */
export function hasOwnKeys(value: unknown): boolean {
  const record = asRecord(value);
  if (record === undefined) return false;
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}
