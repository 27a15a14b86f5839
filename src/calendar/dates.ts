// ISO calendar dates ('YYYY-MM-DD'): the one check and the one refusal of an
// invalid date, and arithmetic in whole days and calendar months that matches
// PostgreSQL's own (`date - interval 'N months'` clamps to the end of a shorter
// month), so the pure rules and the set-based SQL agree to the day. Pure: no
// time zone and no clock; `isoDateOf` turns an instant a caller holds into its
// UTC date.
import { InvalidInputError } from '../errors.js';

/** 'YYYY-MM-DD' */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/** Days in the average year, for measures that turn days into months or years. */
export const DAYS_PER_YEAR = 365.25;

/** The number written by n digits of s from `from`, or -1 if any is not a digit. */
function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Year, month and day written as four, two and two digits between hyphens, or null (whether the day exists is `isIsoDate`). */
export function isoDateParts(d: string): [year: number, month: number, day: number] | null {
  if (d.length === 10 && d.charCodeAt(4) === 45 && d.charCodeAt(7) === 45) {
    const y = digits(d, 0, 4);
    const m = digits(d, 5, 2);
    const day = digits(d, 8, 2);
    if (y >= 0 && m >= 0 && day >= 0) return [y, m, day];
  }
  return null;
}

/**
 * Year, month and day of a date written YYYY-MM-DD; throws RangeError
 * otherwise (it does not check that the month and day exist: that is `isIsoDate`).
 */
export function parseIsoDate(d: IsoDate): [year: number, month: number, day: number] {
  // Read character by character, not by a regular expression: a selection run
  // reads several dates of each of some 31,000 people this way.
  const f = typeof d === 'string' ? isoDateParts(d) : null;
  if (f) return f;
  throw new RangeError(`not a YYYY-MM-DD date: ${d}`);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written YYYY-MM-DD (so 2009-02-29 and 1990-13-01 are false). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const f = isoDateParts(s);
  if (!f) return false;
  const [y, m, d] = f;
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * The one refusal of an invalid date, for every door and service: `what` names
 * the date in words ("The as-of date"), `field` where it came from.
 */
export function requireIsoDate(value: unknown, what: string, field?: string): IsoDate {
  if (isIsoDate(value)) return value;
  throw new InvalidInputError(`${what} must be a date as YYYY-MM-DD, not "${String(value)}".`, field === undefined ? {} : { field });
}

/** The UTC calendar date of an instant (e.g. the wall clock's now). */
export function isoDateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(d: IsoDate): number {
  const [y, m, day] = parseIsoDate(d);
  return Date.UTC(y, m - 1, day) / MS_PER_DAY;
}

/** The date of a day number (days since 1970-01-01). */
export function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(d) + n);
}

/** Days from a to b (b − a; negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Adds calendar months, clamping the day to the end of a shorter month (31 Jan + 1 month = 28 or 29 Feb), as PostgreSQL does. */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = parseIsoDate(d);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return fromDayNumber(Date.UTC(ny, nm - 1, Math.min(day, daysInMonth(ny, nm))) / MS_PER_DAY);
}

export function addYears(d: IsoDate, n: number): IsoDate {
  return addMonths(d, n * 12);
}

/**
 * Months from a to b as a decimal: whole calendar months, then the days left
 * over as a share of the average month (365.25 / 12 days). So 1 July to
 * 1 April is exactly 9, whatever the lengths of the months between.
 */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  if (b < a) return -monthsBetween(b, a);
  const [ay, am, ad] = parseIsoDate(a);
  const [by, bm, bd] = parseIsoDate(b);
  let whole = (by - ay) * 12 + (bm - am);
  if (bd < ad) whole -= 1;
  const anchor = addMonths(a, whole);
  return whole + daysBetween(anchor, b) / (DAYS_PER_YEAR / 12);
}

/** Whole years between two dates, as on a birthday (for ages). */
export function wholeYears(from: IsoDate, to: IsoDate): number {
  // Fixed-width YYYY-MM-DD: whole years from the years, less one if the
  // month-and-day has not come round (MM-DD compares as text). Called three
  // times a person, so it avoids splitting into arrays.
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5, 10) < from.slice(5, 10) ? years - 1 : years;
}

export function maxDate(...ds: (IsoDate | null | undefined)[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of ds) if (d && (best === null || d > best)) best = d;
  return best;
}

export function minDate(...ds: (IsoDate | null | undefined)[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of ds) if (d && (best === null || d < best)) best = d;
  return best;
}
