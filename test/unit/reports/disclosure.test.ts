// The small-number rule (SPEC 3.7): counts 1 to 4 are "fewer than 5" for board
// members, and a share or group worked from one is withheld with it.
import { describe, expect, it } from 'vitest';
import { boardCount, countFor, isGroupWithheld, isShareWithheld, isSmallCount, suppressRow, SUPPRESSED } from '../../../src/reports/disclosure.js';

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
