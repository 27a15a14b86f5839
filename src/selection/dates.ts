// Calendar arithmetic on 'YYYY-MM-DD' strings, matching PostgreSQL's own
// (`date - interval 'N months'` clamps to the end of a shorter month), so the
// pure rules and the set-based SQL agree to the day.
import type { IsoDate } from '../db/schema.js';

const MS_PER_DAY = 86_400_000;

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

// Read character by character, not by a regular expression: a selection run
// reads several dates of each of some 31,000 people this way.
function parts(d: IsoDate): [number, number, number] {
  if (d.length === 10 && d.charCodeAt(4) === 45 && d.charCodeAt(7) === 45) {
    const y = digits(d, 0, 4);
    const m = digits(d, 5, 2);
    const day = digits(d, 8, 2);
    if (y >= 0 && m >= 0 && day >= 0) return [y, m, day];
  }
  throw new Error(`not a YYYY-MM-DD date: ${d}`);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function toUtc(d: IsoDate): number {
  const [y, m, day] = parts(d);
  return Date.UTC(y, m - 1, day);
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return fromUtc(toUtc(s)) === s;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromUtc(toUtc(d) + n * MS_PER_DAY);
}

/** Days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);
}

/** Adds calendar months, clamping the day to the end of a shorter month (as PostgreSQL does). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = parts(d);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(ny, nm, Math.min(day, last)));
}

export function addYears(d: IsoDate, n: number): IsoDate {
  return addMonths(d, n * 12);
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

/** True when d lies in the half-open span [start, end); a null end is open. */
export function within(d: IsoDate, start: IsoDate, end: IsoDate | null): boolean {
  return start <= d && (end === null || d < end);
}
