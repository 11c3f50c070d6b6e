/** A predicate over a value and an optional second argument (a node and its trace). */
export type Predicate<A, B = void> = (a: A, b: B) => boolean;

/** All of `parts` (specialised for two, the common case). */
export function allOf<A, B>(parts: readonly Predicate<A, B>[]): Predicate<A, B> {
  if (parts.length === 1) return parts[0];
  if (parts.length === 2) {
    const [p, q] = parts;
    return (a, b) => p(a, b) && q(a, b);
  }
  return (a, b) => {
    for (const p of parts) if (!p(a, b)) return false;
    return true;
  };
}

/** Any of `parts`. */
export function anyOf<A, B>(parts: readonly Predicate<A, B>[]): Predicate<A, B> {
  if (parts.length === 1) return parts[0];
  if (parts.length === 2) {
    const [p, q] = parts;
    return (a, b) => p(a, b) || q(a, b);
  }
  return (a, b) => {
    for (const p of parts) if (p(a, b)) return true;
    return false;
  };
}

/** The negation of `p`. */
export function notOf<A, B>(p: Predicate<A, B>): Predicate<A, B> {
  return (a, b) => !p(a, b);
}

/** Never matches (terms the checker rejected, unknown groups). */
export const never = (): boolean => false;
