import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate, monthsBetween, performanceYear, performanceYearOf, previousPerformanceYear, quarterOf } from '../../../src/performance/periods.js';

describe('performance years', () => {
  it('runs April to March with quarters Q1 April–June to Q4 January–March', () => {
    const y = performanceYear('2008/09');
    expect([y.start, y.end]).toEqual(['2008-04-01', '2009-04-01']);
    expect(y.quarters.map((q) => [q.start, q.end])).toEqual([
      ['2008-04-01', '2008-07-01'],
      ['2008-07-01', '2008-10-01'],
      ['2008-10-01', '2009-01-01'],
      ['2009-01-01', '2009-04-01'],
    ]);
    expect(previousPerformanceYear(y).label).toBe('2007/08');
  });

  it('crosses the century in its label', () => {
    expect(performanceYear('1999/00').end).toBe('2000-04-01');
  });

  it('rejects a label that is not two consecutive years', () => {
    expect(() => performanceYear('2008/10')).toThrow(/consecutive/);
    expect(() => performanceYear('2008-09')).toThrow(/YYYY\/YY/);
  });

  it('puts a date in its quarter by half-open bounds', () => {
    const y = performanceYear('2008/09');
    expect(quarterOf(y, '2008-06-30')).toBe(1);
    expect(quarterOf(y, '2008-07-01')).toBe(2);
    expect(quarterOf(y, '2009-03-31')).toBe(4);
    expect(quarterOf(y, '2009-04-01')).toBeNull();
    expect(quarterOf(y, '2008-03-31')).toBeNull();
    expect(performanceYearOf('2009-03-31').label).toBe('2008/09');
    expect(performanceYearOf('2009-04-01').label).toBe('2009/10');
  });
});

describe('dates', () => {
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
