// Dates and periods for the performance measures: ISO date checks and
// arithmetic, and the performance year (April–March, written 2008/09) with its
// quarters Q1 (April–June) to Q4 (January–March). Pure: no clock.
import type { IsoDate } from '../db/schema.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so 1990-02-30 is false). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(d: IsoDate): [number, number, number] {
  const m = ISO.exec(d);
  if (!m) throw new RangeError(`not a date: ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fmt(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Adds calendar months; a day past the end of the target month is clamped (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = parts(d);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return fmt(ny, nm, Math.min(day, daysInMonth(ny, nm)));
}

export function addDays(d: IsoDate, days: number): IsoDate {
  const [y, m, day] = parts(d);
  const t = new Date(Date.UTC(y, m - 1, day + days));
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/**
 * Months from a to b as a decimal: whole calendar months, then the days left
 * over as a share of the average month (365.25 / 12 days). So 1 July to
 * 1 April is exactly 9, whatever the lengths of the months between.
 */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  if (b < a) return -monthsBetween(b, a);
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  let whole = (by - ay) * 12 + (bm - am);
  if (bd < ad) whole -= 1;
  const anchor = addMonths(a, whole);
  return whole + daysBetween(anchor, b) / (365.25 / 12);
}

export interface Period {
  /** First day, inclusive. */
  start: IsoDate;
  /** First day after the period: [start, end). */
  end: IsoDate;
}

export interface Quarter extends Period {
  quarter: 1 | 2 | 3 | 4;
  label: string;
}

export interface PerformanceYear extends Period {
  /** '2008/09' */
  label: string;
  startYear: number;
  quarters: [Quarter, Quarter, Quarter, Quarter];
}

const YEAR = /^(\d{4})\/(\d{2})$/;

/** Parses '2008/09' (the second part must be the next year); throws RangeError with the reason. */
export function performanceYear(label: string): PerformanceYear {
  const m = YEAR.exec(label.trim());
  if (!m) throw new RangeError(`performance year "${label}" is not in the form YYYY/YY, e.g. 2008/09`);
  const startYear = Number(m[1]);
  if ((startYear + 1) % 100 !== Number(m[2])) {
    throw new RangeError(`performance year "${label}" must run April to March of consecutive years, e.g. ${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`);
  }
  return performanceYearStarting(startYear);
}

export function performanceYearStarting(startYear: number): PerformanceYear {
  const start = fmt(startYear, 4, 1);
  const label = `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
  const quarters = ([1, 2, 3, 4] as const).map((q) => ({
    quarter: q,
    label: `Q${q} ${label}`,
    start: addMonths(start, (q - 1) * 3),
    end: addMonths(start, q * 3),
  })) as PerformanceYear['quarters'];
  return { label, startYear, start, end: addMonths(start, 12), quarters };
}

/** The performance year that contains a date. */
export function performanceYearOf(d: IsoDate): PerformanceYear {
  const [y, m] = parts(d);
  return performanceYearStarting(m >= 4 ? y : y - 1);
}

export function previousPerformanceYear(y: PerformanceYear): PerformanceYear {
  return performanceYearStarting(y.startYear - 1);
}

/** Which quarter (1–4) of the year a date falls in, or null when outside the year. */
export function quarterOf(y: PerformanceYear, d: IsoDate): 1 | 2 | 3 | 4 | null {
  for (const q of y.quarters) if (d >= q.start && d < q.end) return q.quarter;
  return null;
}
