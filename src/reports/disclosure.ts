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
 * and secondary suppression: each count of 1 to 4 is withheld; and when the
 * total is shown and just one cell is withheld, the smallest other non-zero
 * cell is withheld too (or, with none, the total), so that no withheld count
 * can be worked back as the total less the cells shown.
 */
export function suppressRow(named: boolean, cells: readonly number[], total: number): { cells: (number | null)[]; total: number | null } {
  if (named) return { cells: [...cells], total };
  const out: (number | null)[] = cells.map((c) => (isSmallCount(c) ? null : c));
  let shownTotal: number | null = isSmallCount(total) ? null : total;
  if (shownTotal !== null && out.filter((c) => c === null).length === 1) {
    const next = out
      .map((c, i) => ({ c, i }))
      .filter((x): x is { c: number; i: number } => x.c !== null && x.c > 0)
      .sort((a, b) => a.c - b.c || a.i - b.i)[0];
    if (next) out[next.i] = null;
    else shownTotal = null;
  }
  return { cells: out, total: shownTotal };
}
