// The one rule for cells that a spreadsheet would run as a formula (SPEC 3.7):
// every CSV and XLSX writer neutralises them, and the import reader restores
// them, so export then import gives back exactly what was stored.

/** A cell beginning = + - @, tab or carriage return (after any apostrophes) is run as a formula. */
const RUNS = /^'*[=+\-@\t\r]/;
/** A neutralised cell: an apostrophe added before one that would run. */
const NEUTRALISED = /^''*[=+\-@\t\r]/;

/**
 * The cell prefixed with an apostrophe when a spreadsheet would run it.
 * A cell that already begins with apostrophes before such a character gets one
 * more, so that restore() takes back exactly the one added.
 */
export function neutralise(s: string): string {
  return RUNS.test(s) ? `'${s}` : s;
}

/** Any value as a neutralised cell: strings are neutralised, other values pass as they are. */
export function neutraliseValue<T>(v: T): T | string {
  return typeof v === 'string' ? neutralise(v) : v;
}

/** The cell as it was before neutralise(); a cell neutralise() would not have written passes unchanged. */
export function restore(s: string): string {
  // Most cells do not begin with an apostrophe: one comparison decides.
  return s.charCodeAt(0) === 39 && NEUTRALISED.test(s) ? s.slice(1) : s;
}

/** The cells of one record restored in place (the reader's hot path: no copy when nothing changes). */
export function restoreCells(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.charCodeAt(0) === 39) cells[i] = restore(c);
  }
  return cells;
}
