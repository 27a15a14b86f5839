// A list printed at the command line: a header and its rows in columns, or
// JSON for scripts (--json), so every `… list` command prints alike.

/** Writes `head` and `rows` as left-aligned columns two spaces apart. */
export function printTable(head: readonly string[], rows: readonly (readonly string[])[], write: (s: string) => void = (s) => process.stdout.write(s)): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  for (const line of [head, ...rows]) write(line.map((c, i) => (c ?? '').padEnd(widths[i]!)).join('  ').trimEnd() + '\n');
}

/** A list as JSON (`--json`), or as a table, or `empty` when it has no rows. */
export function printList<T>(items: readonly T[], opts: { json?: boolean; empty: string; head: readonly string[]; row: (item: T) => readonly string[] }): void {
  if (opts.json) {
    process.stdout.write(JSON.stringify(items, null, 2) + '\n');
    return;
  }
  if (!items.length) {
    process.stdout.write(`${opts.empty}\n`);
    return;
  }
  printTable(opts.head, items.map(opts.row));
}
