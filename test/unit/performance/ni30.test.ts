// NI30 arithmetic against SPEC 3.6's worked figures (seeds 002 and 003).
import { describe, expect, it } from 'vitest';
import { computeNi30, monthsOnSchemeAt, ni30Arithmetic, ni30Threshold, type Ni30Person } from '../../../src/performance/ni30.js';
import { performanceYear } from '../../../src/calendar/performance-year.js';

describe('NI30 arithmetic', () => {
  it('reproduces Stockton 2008/09', () => {
    const a = ni30Arithmetic({ baseline: 247, ceiling: 0.16, quarterActuals: [56, 49, 23, 22] });
    expect(a.threshold).toBe(207);
    expect(a.expectedPerQuarter).toBe(51.75);
    expect(a.quarters.map((q) => q.variance)).toEqual([4.25, -2.75, -28.75, -29.75]);
    expect(a.quarters.map((q) => q.cumulativeActual)).toEqual([56, 105, 128, 150]);
    expect(a.quarters.map((q) => q.cumulativeExpected)).toEqual([51.75, 103.5, 155.25, 207]);
    expect(a.actual).toBe(150);
    expect(a.underThreshold).toBe(57);
    expect(Math.round(a.reductionAchieved! * 1000) / 10).toBe(39.3);
  });

  it('reproduces Sunderland 2009/10: 17% of 153 gives 127, 63.5 expected in six months', () => {
    expect(ni30Threshold(153, 0.17)).toBe(127);
    const a = ni30Arithmetic({ baseline: 153, ceiling: 0.17, quarterActuals: [30, 22] });
    expect(a.quarters[1]!.cumulativeExpected).toBe(63.5);
    expect(a.quarters[1]!.cumulativeActual).toBe(52);
    expect(a.quarters[1]!.cumulativeVariance).toBe(-11.5);
  });

  it('rounds the threshold half up and otherwise to nearest', () => {
    expect(ni30Threshold(10, 0.25)).toBe(8); // 7.5
    expect(ni30Threshold(221, 0.14)).toBe(190); // 190.06: the seed's "under 189" is a round-down
    expect(ni30Threshold(0, 0.16)).toBe(0);
  });
});

describe('computeNi30 from per-person counts', () => {
  const year = performanceYear('2008/09');
  const person = (id: number, baseline: [number, number, number, number], y: [number, number, number, number], start = '2006-07-01'): Ni30Person => ({
    personId: id,
    baselineQuarters: baseline,
    yearQuarters: y,
    memberships: [{ startDate: start, endDate: null }],
  });

  it('sums people, counts who was convicted, and averages months on the scheme', () => {
    const f = computeNi30({
      year,
      cohortDate: '2008-04-01',
      ceiling: 0.16,
      stretch: 0.19,
      people: [person(1, [10, 10, 10, 10], [5, 0, 0, 0]), person(2, [5, 5, 5, 5], [0, 0, 0, 0], '2006-06-01')],
    });
    expect(f.cohortSize).toBe(2);
    expect(f.baseline).toBe(60);
    expect(f.threshold).toBe(50);
    expect(f.stretchThreshold).toBe(49);
    expect(f.actual).toBe(5);
    expect(f.convictedCount).toBe(1);
    expect(f.shareConvicted).toBe(0.5);
    expect(f.averageMonthsOnScheme).toBe(21.5);
    // Rolling 12 months to Q1 = baseline Q2–Q4 (45) + year Q1 (5); predicted glides 60 → 50.
    expect(f.rolling[0]).toEqual({ quarter: 1, start: '2007-07-01', end: '2008-07-01', observed: 50, predicted: 57.5 });
    expect(f.rolling[3]).toMatchObject({ observed: 5, predicted: 50 });
  });

  it('counts only time on the scheme before the cohort date, across spans', () => {
    expect(
      monthsOnSchemeAt(
        [
          { startDate: '2006-01-01', endDate: '2006-07-01' },
          { startDate: '2007-04-01', endDate: null },
          { startDate: '2008-05-01', endDate: null },
        ],
        '2008-04-01',
      ),
    ).toBe(18);
  });
});
