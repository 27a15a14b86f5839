// Calendar days as integers (days since 1970-01-01, UTC, as `dayNumber` in
// ./dates.ts gives them) for the demo generator: arithmetic on millions of
// dates stays cheap, and turning a day back into a date reads a table.
import { fromDayNumber, wholeYears, type IsoDate } from './dates.js';

const TABLE_FROM = Date.UTC(1900, 0, 1) / 86_400_000;
const TABLE_TO = Date.UTC(2060, 11, 31) / 86_400_000;
let table: IsoDate[] | undefined;

/** `fromDayNumber`, read from a table for 1900 to 2060 (built on first use). */
export function isoOfDay(day: number): IsoDate {
  if (day >= TABLE_FROM && day <= TABLE_TO) {
    if (!table) {
      table = new Array<IsoDate>(TABLE_TO - TABLE_FROM + 1);
      for (let d = TABLE_FROM; d <= TABLE_TO; d++) table[d - TABLE_FROM] = fromDayNumber(d);
    }
    return table[day - TABLE_FROM]!;
  }
  return fromDayNumber(day);
}

/** Whole years between two day numbers, as on a birthday (for ages). */
export function yearsBetween(from: number, to: number): number {
  return wholeYears(isoOfDay(from), isoOfDay(to));
}
