// The small-number rule (SPEC 3.7): counts 1 to 4 are "fewer than 5" for board
// members, and a share or group worked from one is withheld with it.
import { describe, expect, it } from 'vitest';
import { boardCount, cellText, countFor, isGroupWithheld, isShareWithheld, isSmallCount, SECONDARY, suppressRow, suppressTable, SUPPRESSED, tableFor } from '../../../src/disclosure.js';

describe('the small-number rule', () => {
  it('suppresses counts from 1 to 4 only', () => {
    expect([0, 1, 4, 5].map(isSmallCount)).toEqual([false, true, true, false]);
    expect(boardCount(3)).toBe(SUPPRESSED);
    expect(boardCount(0)).toBe('0');
    expect(boardCount(null)).toBe('–');
  });

  it('shows counts as they are to roles that may see people', () => {
    expect(countFor(true, 3)).toBe('3');
    expect(countFor(false, 3)).toBe(SUPPRESSED);
    expect(countFor(false, 12)).toBe('12');
  });

  it('withholds a share when those counted or the rest are few, for board members only', () => {
    expect(isShareWithheld(false, 2, 40)).toBe(true);
    expect(isShareWithheld(false, 38, 40)).toBe(true);
    expect(isShareWithheld(false, 22, 40)).toBe(false);
    expect(isShareWithheld(false, 0, 40)).toBe(false);
    expect(isShareWithheld(true, 2, 40)).toBe(false);
  });

  it('withholds a small group', () => {
    expect(isGroupWithheld(false, 1)).toBe(true);
    expect(isGroupWithheld(false, 5)).toBe(false);
    expect(isGroupWithheld(true, 1)).toBe(false);
  });

  it('withholds a second cell when one withheld cell could be worked back from the total', () => {
    // 3 alone withheld would be 20 - (5 + 12): the smallest other cell goes too.
    expect(suppressRow(false, [5, 3, 12, 0], 20)).toEqual({ cells: [null, null, 12, 0], total: 20 });
    // Two withheld already: neither can be worked back alone.
    expect(suppressRow(false, [2, 3, 12, 0], 17)).toEqual({ cells: [null, null, 12, 0], total: 17 });
    // The only other count (9) goes with it, though zeros stay shown.
    expect(suppressRow(false, [0, 3, 0, 9], 12)).toEqual({ cells: [0, null, 0, null], total: 12 });
    // No other cell to withhold: the total goes (here it is small anyway).
    expect(suppressRow(false, [0, 3, 0, 0], 3)).toEqual({ cells: [0, null, 0, 0], total: null });
    // Roles that may see people see every count.
    expect(suppressRow(true, [5, 3, 12, 0], 20)).toEqual({ cells: [5, 3, 12, 0], total: 20 });
  });
});

describe('suppressTable: primary and secondary suppression over rows, columns and totals', () => {
  /** Every linear total a reader could use: for each line with its total shown, the sum of withheld cells is known. */
  function workedBack(t: ReturnType<typeof suppressTable>): number[] {
    const found: number[] = [];
    const lines: { cells: { value: number; withheld: unknown }[]; total: { value: number; withheld: unknown } }[] = [];
    t.rowTotals.forEach((total, i) => lines.push({ cells: t.cells[i]!, total }));
    t.columnTotals.forEach((total, j) => lines.push({ cells: t.cells.map((r) => r[j]!), total }));
    if (t.grandTotal) {
      lines.push({ cells: t.columnTotals, total: t.grandTotal });
      lines.push({ cells: t.rowTotals, total: t.grandTotal });
    }
    for (const l of lines) {
      if (l.total.withheld) continue;
      const w = l.cells.filter((c) => c.withheld);
      const small = w.filter((c) => c.withheld === 'small');
      // One withheld cell alone in a line is worked back exactly.
      if (w.length === 1) found.push(w[0]!.value);
      // All withheld cells small and all 1 or all 4: worked back too.
      if (w.length > 1 && small.length === w.length) {
        const sum = w.reduce((a, c) => a + c.value, 0);
        if (sum === w.length || sum === 4 * w.length) found.push(...w.map((c) => c.value));
      }
    }
    return found;
  }

  it('withholds counts of 1 to 4 as "fewer than 5" and the next smallest to protect them', () => {
    // Areas × outcome: the Hartburn row has a 2.
    const t = suppressTable(
      [
        [12, 9, 7],
        [2, 8, 6],
        [10, 11, 5],
      ],
      { columnTotals: true },
    );
    expect(cellText(t.cells[1]![0]!)).toBe(SUPPRESSED);
    // Its row: the 6 goes too; its column: the 10 goes too (smallest other).
    expect(t.cells[1]![2]!.withheld).toBe('secondary');
    expect(t.cells[2]![0]!.withheld).toBe('secondary');
    expect(cellText(t.cells[2]![0]!)).toBe(SECONDARY);
    // No line lets a withheld cell be worked back.
    expect(workedBack(t)).toEqual([]);
    // Totals stay shown where safe.
    expect(t.grandTotal).toEqual({ value: 70, withheld: null });
  });

  it('withholds a total when no other cell can protect the small one', () => {
    const t = suppressTable([[0, 3, 0]], { columnTotals: false });
    expect(t.rowTotals[0]!.withheld).not.toBeNull();
    expect(workedBack(t)).toEqual([]);
  });

  it('two ones in a line are still worked back (sum 2 of two cells): a third cell goes', () => {
    const t = suppressTable([[1, 1, 9, 20]]);
    expect(t.cells[0]![2]!.withheld).toBe('secondary');
    expect(workedBack(t)).toEqual([]);
  });

  it('property: for random tables no withheld count can be worked back from shown totals', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 500; n++) {
      const rows = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => Array.from({ length: 1 + Math.floor(rand() * 5) }, () => Math.floor(rand() * 14)));
      const t = suppressTable(rows, { columnTotals: rand() > 0.3 });
      expect(workedBack(t)).toEqual([]);
      // Every small count is withheld; nothing of 5 or more is called "fewer than 5".
      t.cells.flat().forEach((c) => {
        if (c.value >= 1 && c.value <= 4) expect(c.withheld).toBe('small');
        if (c.withheld === 'small') expect(c.value).toBeLessThan(5);
      });
    }
  });

  it('shows everything to those who may see people', () => {
    const t = tableFor(true, [[2, 8]], { columnTotals: true });
    expect(t.suppressed).toBe(false);
    expect(t.cells[0]!.map((c) => cellText(c))).toEqual(['2', '8']);
    expect(t.grandTotal!.value).toBe(10);
  });
});

describe('a table with no rows (a scheme with no members)', () => {
  it('still has a column total of 0 for each of its columns, suppressed or not', () => {
    for (const named of [true, false]) {
      const t = tableFor(named, [], { rowTotals: false, columnTotals: true, columns: 2 });
      expect(t.cells).toEqual([]);
      expect(t.columnTotals).toEqual([
        { value: 0, withheld: null },
        { value: 0, withheld: null },
      ]);
      expect(t.suppressed).toBe(false);
    }
  });
});
