// Half-open date spans [start, end), the shape of every period in Waymark
// (custody, supervision, membership, address, a performance quarter): an end
// date is exclusive and a null end means the span is still open. Pure, in whole
// calendar days; the same rules in SQL are in ./sql.ts.
import { daysBetween, isIsoDate, type IsoDate } from './dates.js';

export interface Span {
  start: IsoDate;
  /** Exclusive; null while the span is open. */
  end: IsoDate | null;
}

/** A span that has ended: [start, end), the end still the first day after it. */
export interface EndedSpan extends Span {
  end: IsoDate;
}

/** A span must end after it starts (an empty span is not a span). */
export function isValidSpan(s: Span): boolean {
  return isIsoDate(s.start) && (s.end === null || (isIsoDate(s.end) && s.end > s.start));
}

export function contains(s: Span, d: IsoDate): boolean {
  return within(d, s.start, s.end);
}

/** True when d lies in the half-open span [start, end); a null end is open. (`contains` without building a Span, for hot loops.) */
export function within(d: IsoDate, start: IsoDate, end: IsoDate | null): boolean {
  return start <= d && (end === null || d < end);
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
