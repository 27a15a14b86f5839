import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate } from '../../../src/selection/dates.js';

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
