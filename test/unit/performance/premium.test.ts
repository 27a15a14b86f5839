// The Premium Service's arithmetic against figures worked by hand: the median,
// the nearest-rank 90th percentile, the charge-to-disposal matching rule, and
// the year's quarters by disposal date.
import { describe, expect, it } from 'vitest';
import { performanceYear } from '../../../src/calendar/performance-year.js';
import {
  computePremiumService,
  matchCharges,
  median,
  nearestRankPercentile,
  summariseDays,
  type PremiumCharge,
  type PremiumDisposal,
} from '../../../src/performance/premium.js';

const charge = (chargeId: number, personId: number, chargeDate: string, offenceCode: string | null, member = false): PremiumCharge => ({ chargeId, personId, chargeDate, offenceCode, member });
const disposal = (outcomeId: number, personId: number, offenceDate: string, outcomeDate: string, offenceCode: string | null): PremiumDisposal => ({ outcomeId, personId, offenceDate, outcomeDate, offenceCode });

describe('median and the nearest-rank 90th percentile', () => {
  it('works the figures of a small set by hand', () => {
    // Sorted: 1 3 7 10. Median (3 + 7) / 2 = 5; rank ⌈0.9 × 4⌉ = 4, so 10.
    expect(median([10, 1, 7, 3])).toBe(5);
    expect(nearestRankPercentile([10, 1, 7, 3], 0.9)).toBe(10);
    // Odd count: the middle value. 1..10: rank 9 is 9 (not 9.1 by interpolation).
    expect(median([5, 1, 9])).toBe(5);
    expect(nearestRankPercentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    // 20 values 1..20: rank 18; 11 values: rank ⌈9.9⌉ = 10.
    expect(nearestRankPercentile(Array.from({ length: 20 }, (_, i) => i + 1), 0.9)).toBe(18);
    expect(nearestRankPercentile(Array.from({ length: 11 }, (_, i) => i + 1), 0.9)).toBe(10);
    expect(nearestRankPercentile([42], 0.9)).toBe(42);
    expect(median([])).toBeNull();
    expect(nearestRankPercentile([], 0.9)).toBeNull();
    expect(summariseDays([30, 40, 50, 400])).toEqual({ cases: 4, medianDays: 45, p90Days: 400, meanDays: 130 });
  });
});

describe('matching charges to disposals', () => {
  it('takes the earliest conviction on or after the charge, of the same offence group, for an offence committed by then', () => {
    const m = matchCharges(
      [charge(1, 1, '2009-04-01', '02800')],
      [
        disposal(10, 1, '2009-03-01', '2009-03-30', '02800'), // before the charge
        disposal(11, 1, '2009-04-05', '2009-04-20', '02800'), // offence after the charge
        disposal(12, 1, '2009-03-31', '2009-04-25', '04600'), // another offence group
        disposal(13, 2, '2009-03-31', '2009-04-02', '02800'), // another person
        disposal(14, 1, '2009-03-31', '2009-05-01', '02801'), // the same group (028): taken
        disposal(15, 1, '2009-03-31', '2009-06-01', '02800'),
      ],
    );
    expect(m).toHaveLength(1);
    expect(m[0]!.disposal?.outcomeId).toBe(14);
    expect(m[0]!.days).toBe(30);
  });

  it('prefers the exact code on the same day, matches one to one, and leaves a charge with none within 365 days undisposed', () => {
    const m = matchCharges(
      [charge(1, 1, '2009-04-01', '04601'), charge(2, 1, '2009-04-10', '04600'), charge(3, 1, '2009-04-20', '04600'), charge(6, 1, '2009-04-25', '04600'), charge(4, 3, '2009-01-01', '05800'), charge(5, 4, '2009-01-01', null)],
      [
        disposal(20, 1, '2009-03-31', '2009-05-01', '04600'),
        disposal(21, 1, '2009-03-31', '2009-05-01', '04601'),
        disposal(22, 1, '2009-04-09', '2009-05-01', '04600'),
        disposal(30, 3, '2008-12-31', '2010-01-02', '05800'), // 366 days: too late
        disposal(40, 4, '2008-12-31', '2010-01-01', '10501'), // 365 days, no code on the charge: any offence
      ],
    );
    const by = Object.fromEntries(m.map((x) => [x.charge.chargeId, x]));
    expect(by[1]!.disposal?.outcomeId).toBe(21); // exact code, though 20 has the lower id
    expect(by[2]!.disposal?.outcomeId).toBe(20);
    expect(by[2]!.days).toBe(21);
    expect(by[3]!.disposal?.outcomeId).toBe(22); // 20 and 21 are taken; 22's offence (9 April) was before this charge
    expect(by[3]!.days).toBe(11);
    expect(by[6]!.disposal).toBeNull(); // every conviction is taken: one row ends one charge
    expect(by[4]!.disposal).toBeNull();
    expect(by[5]!.days).toBe(365);
  });
});

describe('the year by quarter of disposal', () => {
  it('splits members from others and counts charges without a disposal', () => {
    const year = performanceYear('2009/10');
    const matches = matchCharges(
      [
        charge(1, 1, '2009-04-01', null, true), // Q1, 10 days
        charge(2, 1, '2009-06-01', null, true), // Q2 (disposed 2009-07-11), 40 days
        charge(3, 2, '2009-03-01', null, false), // charged before the year, disposed in Q1: 50 days
        charge(4, 2, '2010-03-01', null, false), // disposed after the year: not counted
        charge(5, 3, '2009-12-01', null, false), // no disposal: counted as without one
        charge(6, 4, '2008-12-01', null, true), // no disposal, charged before the year: not counted
      ],
      [
        disposal(1, 1, '2009-03-30', '2009-04-11', null),
        disposal(2, 1, '2009-05-30', '2009-07-11', null),
        disposal(3, 2, '2009-02-28', '2009-04-20', null),
        disposal(4, 2, '2010-02-28', '2010-04-20', null),
      ],
    );
    const f = computePremiumService(year, matches);
    expect(f.quarters.map((q) => [q.members.cases, q.others.cases])).toEqual([[1, 1], [1, 0], [0, 0], [0, 0]]);
    expect(f.quarters[0]!.members.medianDays).toBe(10);
    expect(f.quarters[0]!.others.medianDays).toBe(50);
    expect(f.wholeYear.members).toEqual({ cases: 2, medianDays: 25, p90Days: 40, meanDays: 25 });
    expect(f.wholeYear.others).toEqual({ cases: 1, medianDays: 50, p90Days: 50, meanDays: 50 });
    expect(f.chargesWithoutDisposal).toEqual({ members: 0, others: 1 });
  });
});
