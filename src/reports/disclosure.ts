// Disclosure control for aggregate figures shown to people who may not see
// individuals (SPEC 3.7): any count from 1 to 4 is shown as "fewer than 5",
// and a rate worked from such a count is withheld with it.

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
