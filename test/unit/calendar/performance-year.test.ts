// The performance year, April to March, written 2008/09, and its quarters.
import { describe, expect, it } from 'vitest';
import { performanceYear, performanceYearOf, previousPerformanceYear, quarterOf } from '../../../src/calendar/performance-year.js';

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
