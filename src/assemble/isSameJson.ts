/**
 * Deep equality of two JSON values (objects compared by own keys, arrays by position), iterative
 * so documents nested 100,000 levels deep compare without overflowing the stack.
 * @example isSameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }) // true
 */
export function isSameJson(a: unknown, b: unknown): boolean {
  const left: unknown[] = [a];
  const right: unknown[] = [b];
  while (left.length > 0) {
    const x = left.pop();
    const y = right.pop();
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) {
      if (typeof x === "number" && typeof y === "number" && Number.isNaN(x) && Number.isNaN(y)) {
        continue;
      }
      return false;
    }
    const xArray = Array.isArray(x);
    if (xArray !== Array.isArray(y)) return false;
    if (xArray) {
      const ya = y as unknown[];
      if (x.length !== ya.length) return false;
      for (let i = 0; i < x.length; i++) {
        left.push(x[i]);
        right.push(ya[i]);
      }
      continue;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    const keys = Object.keys(xo);
    if (keys.length !== Object.keys(yo).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(yo, key)) return false;
      left.push(xo[key]);
      right.push(yo[key]);
    }
  }
  return true;
}
