/** Test helper: the text of the value cell next to a row header, optionally in a captioned table. */
export function rowValue(root: HTMLElement, label: string, caption?: string): string | undefined {
  const tables = [...root.querySelectorAll("table")].filter(
    (table) => caption === undefined || table.querySelector("caption")?.textContent === caption,
  );
  for (const table of tables) {
    for (const row of table.querySelectorAll("tbody tr")) {
      if (row.querySelector("th")?.textContent === label) {
        return row.querySelector("td")?.textContent ?? undefined;
      }
    }
  }
  return undefined;
}
