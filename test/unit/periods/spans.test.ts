// Properties of the half-open span arithmetic, checked with fast-check over
// dates from 1900 to 2099 (leap years, month ends and open spans included).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, contains, daysBetween, daysInMonth, intersection, isIsoDate, isValidSpan, overlapDays, overlaps, spanDays, type Span } from '../../../src/periods/spans.js';

const DAY0 = Date.UTC(1900, 0, 1) / 86_400_000;
const DAYS = Date.UTC(2100, 0, 1) / 86_400_000 - DAY0;
const date = fc.integer({ min: 0, max: DAYS - 1 }).map((n) => new Date((DAY0 + n) * 86_400_000).toISOString().slice(0, 10));
/** Short spans close together, so overlaps and shared edges are common; some open. */
const span: fc.Arbitrary<Span> = fc
  .tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 40 }), fc.boolean())
  .map(([s, len, open]) => {
    const start = addDays('2005-01-01', s);
    return { start, end: open ? null : addDays(start, len) };
  });
const asOf = '2005-06-01'; // after every generated start

describe('dates', () => {
  it('addDays and daysBetween are inverse', () => {
    fc.assert(fc.property(date, fc.integer({ min: -20000, max: 20000 }), (d, n) => daysBetween(d, addDays(d, n)) === n && addDays(addDays(d, n), -n) === d));
  });

  it('daysBetween is antisymmetric and additive', () => {
    fc.assert(fc.property(date, date, date, (a, b, c) => daysBetween(a, b) === -daysBetween(b, a) && daysBetween(a, b) + daysBetween(b, c) === daysBetween(a, c)));
  });

  it('addDays gives real dates in order', () => {
    fc.assert(fc.property(date, fc.integer({ min: 1, max: 5000 }), (d, n) => isIsoDate(addDays(d, n)) && addDays(d, n) > d));
  });

  it('addMonths lands in the right month, keeps the day or clamps it to the month end', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -600, max: 600 }), (d, m) => {
        const r = addMonths(d, m);
        const [y, mo, day] = d.split('-').map(Number) as [number, number, number];
        const [ry, rmo, rday] = r.split('-').map(Number) as [number, number, number];
        return isIsoDate(r) && ry * 12 + rmo - (y * 12 + mo) === m && rday === Math.min(day, daysInMonth(ry, rmo));
      }),
    );
  });

  it('addMonths round-trips when no clamping happens', () => {
    fc.assert(fc.property(date.filter((d) => Number(d.slice(8)) <= 28), fc.integer({ min: -600, max: 600 }), (d, m) => addMonths(addMonths(d, m), -m) === d));
  });

  it('knows the worked cases', () => {
    expect(addMonths('2009-01-31', 1)).toBe('2009-02-28');
    expect(addMonths('2008-01-31', 1)).toBe('2008-02-29');
    expect(addMonths('2009-03-31', -1)).toBe('2009-02-28');
    expect(addMonths('2008-04-01', 12)).toBe('2009-04-01');
    expect(daysBetween('2008-04-01', '2009-04-01')).toBe(365);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
});

describe('half-open spans', () => {
  it('overlap is symmetric and means the intersection is not empty', () => {
    fc.assert(
      fc.property(span, span, (a, b) => {
        const i = intersection(a, b);
        return overlaps(a, b) === overlaps(b, a) && overlaps(a, b) === (i !== null) && (i === null || isValidSpan(i));
      }),
    );
  });

  it('a day is in the intersection exactly when it is in both spans', () => {
    fc.assert(
      fc.property(span, span, fc.integer({ min: 0, max: 150 }), (a, b, k) => {
        const d = addDays('2005-01-01', k);
        const i = intersection(a, b);
        return (i !== null && contains(i, d)) === (contains(a, d) && contains(b, d));
      }),
    );
  });

  it('overlapDays counts the shared days one by one', () => {
    fc.assert(
      fc.property(span, span, (a, b) => {
        let shared = 0;
        for (let d = '2005-01-01'; d < asOf; d = addDays(d, 1)) if (contains(a, d) && contains(b, d)) shared++;
        return overlapDays(a, b, asOf) === shared;
      }),
      { numRuns: 60 },
    );
  });

  it('a span contains its start but not its end, and back-to-back spans never overlap', () => {
    fc.assert(
      fc.property(span, fc.integer({ min: 1, max: 400 }), (s, len) => {
        const closed = { start: s.start, end: s.end ?? addDays(s.start, len) };
        const next = { start: closed.end, end: null };
        const before = { start: addDays(closed.start, -len), end: closed.start };
        return contains(closed, closed.start) && !contains(closed, closed.end) && !overlaps(closed, next) && !overlaps(next, closed) && !overlaps(before, closed) && !overlaps(closed, before) && contains(next, closed.end);
      }),
    );
  });

  it('a span is as long as the days it contains, and an open one needs an as-of date', () => {
    fc.assert(fc.property(span, (s) => spanDays(s, asOf) === daysBetween(s.start, s.end ?? asOf)));
    expect(() => spanDays({ start: '2009-01-01', end: null })).toThrow(/as of/);
    expect(isValidSpan({ start: '2009-01-01', end: '2009-01-01' })).toBe(false);
  });
});
