// Properties of the half-open span arithmetic, checked with fast-check over
// short spans close together (shared edges and open spans included).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween } from '../../../src/calendar/dates.js';
import { contains, intersection, isValidSpan, overlapDays, overlaps, spanDays, type Span } from '../../../src/calendar/spans.js';

/** Short spans close together, so overlaps and shared edges are common; some open. */
const span: fc.Arbitrary<Span> = fc
  .tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 40 }), fc.boolean())
  .map(([s, len, open]) => {
    const start = addDays('2005-01-01', s);
    return { start, end: open ? null : addDays(start, len) };
  });
const asOf = '2005-06-01'; // after every generated start

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
