// Disclosure control for aggregate figures shown to people who may not see
// individuals (SPEC 3.7), the one home of the small-number rule: any count from
// 1 to 4 is shown as "fewer than 5", and a rate worked from such a count is
// withheld with it.

export const SUPPRESSED = 'fewer than 5';

/** True for a count that must not be shown on a board-level figure. */
export function isSmallCount(n: number | null | undefined): boolean {
  return typeof n === 'number' && n >= 1 && n <= 4;
}

/** The count as board members may see it. */
export function boardCount(n: number | null | undefined, format: (n: number) => string = String): string {
  if (n === null || n === undefined) return '–';
  return isSmallCount(n) ? SUPPRESSED : format(n);
}

/** A count as the viewer may see it: as it is for roles that may see people, else as board members may. */
export function countFor(named: boolean, n: number): string {
  return named ? String(n) : boardCount(n);
}

/**
 * Whether a share (part of whole) must be withheld from board members: it is
 * when either group it splits the whole into, those counted or the rest, is a
 * small count, since the rate and the whole would give that count away.
 */
export function isShareWithheld(named: boolean, part: number, whole: number): boolean {
  return !named && (isSmallCount(part) || isSmallCount(whole - part));
}

/** Whether a group's figures must be withheld from board members: the group itself is a small count. */
export function isGroupWithheld(named: boolean, size: number): boolean {
  return !named && isSmallCount(size);
}

/**
 * A row of counts and its total as board members may see them, with primary
 * and secondary suppression (see suppressTable): each count of 1 to 4 is
 * withheld; and when the total is shown and the withheld counts could be worked
 * back from it, the smallest other non-zero cell is withheld too (or, with
 * none, the total).
 */
export function suppressRow(named: boolean, cells: readonly number[], total: number): { cells: (number | null)[]; total: number | null } {
  if (named) return { cells: [...cells], total };
  const t = suppressTable([cells], { rowTotals: [total], columnTotals: false });
  return { cells: t.cells[0]!.map((c) => (c.withheld ? null : c.value)), total: t.rowTotals[0]!.withheld ? null : total };
}

/** Why a cell is not shown: a count of 1 to 4 ('small'), or to protect one ('secondary'). */
export type Withheld = 'small' | 'secondary';

export interface TableCell {
  value: number;
  withheld: Withheld | null;
}

export interface SuppressedTable {
  cells: TableCell[][];
  /** One a row; empty when the table has no row totals. */
  rowTotals: TableCell[];
  /** One a column; empty when the table has no column totals. */
  columnTotals: TableCell[];
  grandTotal: TableCell | null;
  /** True when anything was withheld. */
  suppressed: boolean;
}

/** What a withheld cell says in a board report. */
export const SECONDARY = 'withheld';

/** A cell as the report writes it. */
export function cellText(c: TableCell, format: (n: number) => string = String): string {
  return c.withheld === 'small' ? SUPPRESSED : c.withheld === 'secondary' ? SECONDARY : format(c.value);
}

/**
 * A line (a row or a column, with its total) is safe when no withheld cell can
 * be worked out from the total less the cells shown. With the total hidden, or
 * nothing withheld, it is. Otherwise the reader learns the sum S of the k
 * withheld cells: one alone is disclosed; several that are all small (each 1 to
 * 4) are disclosed when S = k (all 1) or S = 4k (all 4); a withheld cell
 * of 5 or more among them (a secondary one) makes the line safe.
 */
function lineSafe(cells: readonly TableCell[], total: TableCell): boolean {
  if (total.withheld) return true;
  const w = cells.filter((c) => c.withheld);
  if (w.length === 0) return true;
  if (w.length === 1) return false;
  if (w.some((c) => c.value >= 5)) return true;
  const sum = w.reduce((a, c) => a + c.value, 0);
  return sum > w.length && sum < 4 * w.length;
}

/** Withholds one more cell of the line: the smallest shown non-zero cell, else its total. */
function protect(cells: TableCell[], total: TableCell): void {
  const next = cells
    .map((c, i) => ({ c, i }))
    .filter((x) => !x.c.withheld && x.c.value > 0)
    .sort((a, b) => a.c.value - b.c.value || a.i - b.i)[0];
  if (next) next.c.withheld = 'secondary';
  else total.withheld = 'secondary';
}

export interface TableOptions {
  rowTotals?: readonly number[] | false;
  columnTotals?: boolean;
  grandTotal?: number;
  /** How many columns the table has, so a table with no rows still has its column totals (of 0). */
  columns?: number;
}

const widthOf = (rows: readonly (readonly number[])[], opts: TableOptions) => Math.max(opts.columns ?? 0, ...rows.map((r) => r.length));

/**
 * A table of counts for a board report (SPEC 3.7), with primary and secondary
 * suppression. Primary: every count of 1 to 4, cell or total, is withheld
 * ("fewer than 5"). Secondary: then, for every row with its row total, every
 * column with its column total, and the totals with the grand total, while a
 * withheld count could be worked back from the figures shown (lineSafe), the
 * smallest other non-zero count of that line is withheld too, or the line's
 * total when there is none; repeated until every line is safe (each step
 * withholds one more cell, so it ends). Zeros stay shown: a zero discloses no
 * one. Row totals default to the sum of each row; column totals, when asked
 * for, to the sums of the columns.
 */
export function suppressTable(rows: readonly (readonly number[])[], opts: TableOptions = {}): SuppressedTable {
  const width = widthOf(rows, opts);
  const mk = (v: number): TableCell => ({ value: v, withheld: isSmallCount(v) ? 'small' : null });
  const cells = rows.map((r) => Array.from({ length: width }, (_, j) => mk(r[j] ?? 0)));
  const rowTotals =
    opts.rowTotals === false ? [] : (opts.rowTotals ?? rows.map((r) => r.reduce((a, b) => a + b, 0))).map(mk);
  const withColumns = opts.columnTotals ?? false;
  const columnTotals = withColumns ? Array.from({ length: width }, (_, j) => mk(rows.reduce((a, r) => a + (r[j] ?? 0), 0))) : [];
  const grand =
    withColumns && rowTotals.length
      ? mk(opts.grandTotal ?? rowTotals.reduce((a, c) => a + c.value, 0))
      : null;
  for (let guard = 0; guard < 10_000; guard++) {
    let changed = false;
    // Rows against their totals.
    rowTotals.forEach((t, i) => {
      if (!lineSafe(cells[i]!, t)) {
        protect(cells[i]!, t);
        changed = true;
      }
    });
    // Columns against theirs.
    columnTotals.forEach((t, j) => {
      const col = cells.map((r) => r[j]!);
      if (!lineSafe(col, t)) {
        protect(col, t);
        changed = true;
      }
    });
    // The totals against the grand total.
    if (grand) {
      if (!lineSafe(columnTotals, grand)) {
        protect(columnTotals, grand);
        changed = true;
      }
      if (!lineSafe(rowTotals, grand)) {
        protect(rowTotals, grand);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const all = [...cells.flat(), ...rowTotals, ...columnTotals, ...(grand ? [grand] : [])];
  return { cells, rowTotals, columnTotals, grandTotal: grand, suppressed: all.some((c) => c.withheld) };
}

/** A table as everyone with `performance:names` sees it: nothing withheld. */
export function unsuppressedTable(rows: readonly (readonly number[])[], opts: TableOptions = {}): SuppressedTable {
  const width = widthOf(rows, opts);
  const cells = rows.map((r) => Array.from({ length: width }, (_, j) => ({ value: r[j] ?? 0, withheld: null })));
  const rowTotals = opts.rowTotals === false ? [] : (opts.rowTotals ?? rows.map((r) => r.reduce((a, b) => a + b, 0))).map((v) => ({ value: v, withheld: null }));
  const columnTotals = opts.columnTotals ? Array.from({ length: width }, (_, j) => ({ value: rows.reduce((a, r) => a + (r[j] ?? 0), 0), withheld: null })) : [];
  const grandTotal = opts.columnTotals && rowTotals.length ? { value: opts.grandTotal ?? rowTotals.reduce((a, c) => a + c.value, 0), withheld: null } : null;
  return { cells, rowTotals, columnTotals, grandTotal, suppressed: false };
}

/** The table for a viewer: suppressed for board-level readers, whole for those who may see people. */
export function tableFor(named: boolean, rows: readonly (readonly number[])[], opts: TableOptions = {}): SuppressedTable {
  return named ? unsuppressedTable(rows, opts) : suppressTable(rows, opts);
}
