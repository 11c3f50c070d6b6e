/**
 * History after applying `text`: the text moves to the end (newest), blanks are not kept, and
 * only the newest `limit` entries stay (default 50).
 * @example pushFilterHistory(["ok", "error"], "ok") // ["error", "ok"]
 */
export function pushFilterHistory(
  history: readonly string[],
  text: string,
  limit = 50,
): readonly string[] {
  if (text.trim() === "") return history;
  const next = history.filter((h) => h !== text);
  next.push(text);
  return next.length > limit ? next.slice(next.length - limit) : next;
}
