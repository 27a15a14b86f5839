// Calendar days as integers (days since 1970-01-01, UTC) for the demo generator:
// arithmetic on millions of dates stays cheap, and formatting uses a table.

const MS_PER_DAY = 86_400_000;

/** 'YYYY-MM-DD' → day number. */
export function dayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

const TABLE_FROM = dayOf('1900-01-01');
const TABLE_TO = dayOf('2060-12-31');
let table: string[] | undefined;

/** Day number → 'YYYY-MM-DD'. */
export function isoOf(day: number): string {
  if (day >= TABLE_FROM && day <= TABLE_TO) {
    if (!table) {
      table = new Array<string>(TABLE_TO - TABLE_FROM + 1);
      for (let d = TABLE_FROM; d <= TABLE_TO; d++) table[d - TABLE_FROM] = new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
    }
    return table[day - TABLE_FROM]!;
  }
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const DAYS_PER_YEAR = 365.25;

/** Whole years between two day numbers, as on a birthday (for ages). */
export function yearsBetween(from: number, to: number): number {
  const a = new Date(from * MS_PER_DAY);
  const b = new Date(to * MS_PER_DAY);
  let years = b.getUTCFullYear() - a.getUTCFullYear();
  if (b.getUTCMonth() < a.getUTCMonth() || (b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate())) years--;
  return years;
}
