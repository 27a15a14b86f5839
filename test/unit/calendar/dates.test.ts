// ISO dates: worked cases (from the selection rules, the performance measures
// and the span arithmetic that each had their own copy) and properties checked
// with fast-check over dates from 1900 to 2099 (leap years and month ends included).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InvalidInputError } from '../../../src/errors.js';
import { addDays, addMonths, dayNumber, daysBetween, daysInMonth, fromDayNumber, isIsoDate, isoDateOf, maxDate, minDate, monthsBetween, requireIsoDate } from '../../../src/calendar/dates.js';
import { isoOfDay, yearsBetween } from '../../../src/calendar/day-numbers.js';

const DAY0 = Date.UTC(1900, 0, 1) / 86_400_000;
const DAYS = Date.UTC(2100, 0, 1) / 86_400_000 - DAY0;
const date = fc.integer({ min: 0, max: DAYS - 1 }).map((n) => new Date((DAY0 + n) * 86_400_000).toISOString().slice(0, 10));

describe('calendar arithmetic on YYYY-MM-DD', () => {
  it('counts days and adds months as PostgreSQL does', () => {
    expect(daysBetween('2010-01-01', '2010-12-31')).toBe(364);
    expect(daysBetween('2012-03-01', '2012-02-28')).toBe(-2);
    expect(addMonths('2010-03-31', -1)).toBe('2010-02-28');
    expect(addMonths('2012-01-31', 1)).toBe('2012-02-29');
    expect(addMonths('2010-12-31', -24)).toBe('2008-12-31');
    expect(addDays('2010-12-31', 1)).toBe('2011-01-01');
  });

  it('refuses anything but four, two and two digits between hyphens', () => {
    for (const bad of ['2010-1-01', '2010-01-1', '2010/01/01', '2010-01-0x', '201a-01-01', ' 2010-01-01', '2010-01-01T00:00', '', '2010-01-01 '])
      expect(() => daysBetween(bad, '2010-01-01'), bad).toThrow(/not a YYYY-MM-DD date/);
    expect(() => addMonths('10-01-2010', 1)).toThrow(/not a YYYY-MM-DD date/);
    expect(isIsoDate('2010-02-30')).toBe(false);
    expect(isIsoDate('2012-02-29')).toBe(true);
    expect(isIsoDate('2012-2-29')).toBe(false);
  });
});

describe('dates in the performance measures', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2008-02-29')).toBe(true);
    expect(isIsoDate('2009-02-29')).toBe(false);
    expect(isIsoDate('1990-02-30')).toBe(false);
    expect(isIsoDate('1990-13-01')).toBe(false);
    expect(isIsoDate('1990-1-01')).toBe(false);
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths('2009-01-31', 1)).toBe('2009-02-28');
    expect(addMonths('2008-04-01', -12)).toBe('2007-04-01');
    expect(addMonths('2008-11-15', 3)).toBe('2009-02-15');
  });

  it('counts months between dates, whole months exactly', () => {
    expect(monthsBetween('2006-07-01', '2008-04-01')).toBe(21);
    expect(monthsBetween('2008-01-01', '2008-01-16')).toBeCloseTo(15 / 30.4375, 12);
  });
});

describe('day arithmetic, as properties', () => {
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

describe('one refusal of an invalid date', () => {
  it('passes a real date through and refuses anything else with one message and its field', () => {
    expect(requireIsoDate('2008-02-29', 'The as-of date')).toBe('2008-02-29');
    for (const bad of ['2009-02-30', '2009-02-29', '2009-13-01', '2009-2-01', '01/02/2009', '', undefined, null, 20090201]) {
      expect(() => requireIsoDate(bad, 'The as-of date', 'asOf'), String(bad)).toThrow(InvalidInputError);
    }
    try {
      requireIsoDate('2009-02-30', 'The as-of date', 'asOf');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).message).toBe('The as-of date must be a date as YYYY-MM-DD, not "2009-02-30".');
      expect((e as InvalidInputError).field).toBe('asOf');
      expect((e as InvalidInputError).kind).toBe('invalid_input');
    }
  });
});

describe('the date of an instant, day numbers, earliest and latest', () => {
  it('takes the UTC date of an instant, whatever the local time zone', () => {
    expect(isoDateOf(new Date('2010-12-31T23:30:00Z'))).toBe('2010-12-31');
    expect(isoDateOf(new Date('2010-12-31T23:30:00-02:00'))).toBe('2011-01-01');
  });

  it('numbers days from 1970-01-01 and reads them back, from the table or not', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2010-12-31')).toBe(14974);
    expect(dayNumber('1969-12-31')).toBe(-1);
    for (const d of ['1899-12-31', '1900-01-01', '2008-02-29', '2060-12-31', '2061-01-01']) {
      expect(isoOfDay(dayNumber(d))).toBe(d);
      expect(fromDayNumber(dayNumber(d))).toBe(d);
    }
  });

  it('counts whole years between day numbers as on a birthday', () => {
    expect(yearsBetween(dayNumber('1990-06-15'), dayNumber('2008-06-14'))).toBe(17);
    expect(yearsBetween(dayNumber('1990-06-15'), dayNumber('2008-06-15'))).toBe(18);
    expect(yearsBetween(dayNumber('2000-02-29'), dayNumber('2001-02-28'))).toBe(0);
  });

  it('picks the earliest and latest, skipping missing dates', () => {
    expect(maxDate('2009-01-01', null, '2010-01-01', undefined)).toBe('2010-01-01');
    expect(minDate(null, '2009-01-01', '2010-01-01')).toBe('2009-01-01');
    expect(maxDate(null, undefined)).toBeNull();
  });
});
