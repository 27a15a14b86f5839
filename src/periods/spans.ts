// Half-open date spans [start, end), the shape of every period in Waymark
// (custody, supervision, membership, address): an end date is exclusive and a
// null end means the span is still open. Pure date arithmetic on 'YYYY-MM-DD'
// strings, in whole calendar days, with no time zone and no clock.
export type IsoDate = string;

export interface Span {
  start: IsoDate;
  /** Exclusive; null while the span is open. */
  end: IsoDate | null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(d: IsoDate): [number, number, number] {
  const m = ISO.exec(d);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function dayNumber(d: IsoDate): number {
  const [y, m, day] = parts(d);
  return Date.UTC(y, m - 1, day) / 86_400_000;
}

function fromDayNumber(n: number): IsoDate {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date (so 2009-02-29 is false). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || !ISO.test(s)) return false;
  const [y, m, d] = parts(s);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(d) + days);
}

/** Calendar months; a day past the end of the target month is clamped (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = parts(d);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(day, daysInMonth(ny, nm))).padStart(2, '0')}`;
}

/** A span must end after it starts (an empty span is not a span). */
export function isValidSpan(s: Span): boolean {
  return isIsoDate(s.start) && (s.end === null || (isIsoDate(s.end) && s.end > s.start));
}

export function contains(s: Span, d: IsoDate): boolean {
  return s.start <= d && (s.end === null || d < s.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return (b.end === null || a.start < b.end) && (a.end === null || b.start < a.end);
}

/** The days both spans cover, or null when they do not overlap. */
export function intersection(a: Span, b: Span): Span | null {
  if (!overlaps(a, b)) return null;
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end === null ? b.end : b.end === null ? a.end : a.end < b.end ? a.end : b.end;
  return { start, end };
}

/** Length in days; an open span is measured up to (not including) `asOf`. */
export function spanDays(s: Span, asOf?: IsoDate): number {
  const end = s.end ?? asOf;
  if (end === undefined) throw new RangeError('an open span needs an "as of" date to be measured');
  return Math.max(0, daysBetween(s.start, end));
}

/** Days two spans share, measuring open spans up to `asOf`. */
export function overlapDays(a: Span, b: Span, asOf?: IsoDate): number {
  const i = intersection(a, b);
  return i ? spanDays(i, asOf) : 0;
}
