/**
 * A count of search or filter matches: "1 match", else "N matches".
 * @example formatMatchCount(3) // "3 matches"
 */
export function formatMatchCount(count: number): string {
  return `${count} ${count === 1 ? "match" : "matches"}`;
}
