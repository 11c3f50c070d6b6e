const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Appends a property step to a JSON path: `.key` for identifier keys, `["a.b"]` otherwise.
 * @example appendPathKey("$.annotations", "a.b") // '$.annotations["a.b"]'
 */
export function appendPathKey(path: string, key: string): string {
  return identifier.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Extends a document's location with a path inside it. Locations that are JSON paths
 * (`$…`) are extended directly; `line N` locations get ` $` and the in-document path.
 * @example extendPath("line 3", ".subsegments[0]") // "line 3 $.subsegments[0]"
 */
export function extendPath(location: string, inner: string): string {
  if (inner === "") return location;
  return location.startsWith("$") ? location + inner : `${location} $${inner}`;
}
