// NI18's arithmetic against figures worked by hand: the snapshot month's dates,
// OGRS3 scaled to 3 months, and a hand-made caseload's actual and predicted rates.
import { describe, expect, it } from 'vitest';
import { computeNi18, ni18Dates, ogrs3Within } from '../../../src/performance/ni18.js';

describe('the snapshot month', () => {
  it('follows up the 3 months after the month, with 6 months to prove it', () => {
    expect(ni18Dates('2009-06')).toEqual({
      month: '2009-06',
      monthStart: '2009-06-01',
      snapshotDate: '2009-06-30',
      followUpStarts: '2009-07-01',
      followUpEnds: '2009-09-30',
      proofBy: '2010-03-31',
    });
    expect(ni18Dates('2009-11')!.followUpEnds).toBe('2010-02-28');
    expect(ni18Dates('2009-13')).toBeNull();
    expect(ni18Dates('2009-6')).toBeNull();
    expect(ni18Dates('June 2009')).toBeNull();
  });
});

describe('OGRS3 scaled to 3 months', () => {
  it('passes through OGRS3 at one and two years', () => {
    expect(ogrs3Within(0.31, 0.45, 1)).toBeCloseTo(0.31, 12);
    expect(ogrs3Within(0.31, 0.45, 2)).toBeCloseTo(0.45, 12);
  });
  it('is a constant hazard when the two-year hazard is twice the one-year: 1 − 2^(−1/4)', () => {
    // p1 = 1/2, p2 = 3/4: H(1) = ln 2, H(2) = ln 4, k = 1.
    expect(ogrs3Within(0.5, 0.75, 0.25)).toBeCloseTo(1 - Math.pow(2, -0.25), 12);
    expect(ogrs3Within(0.5, 0.75, 0.25)).toBeCloseTo(0.159103584746, 12);
  });
  it('is front-loaded when the hazard falls: k = 1/2 gives 1 − 2^(−1/2) at 3 months', () => {
    // H(2)/H(1) = √2, so k = 1/2 and H(1/4) = ln 2 × (1/4)^(1/2) = ln 2 / 2.
    const p2 = 1 - Math.pow(2, -Math.SQRT2);
    expect(ogrs3Within(0.5, p2, 0.25)).toBeCloseTo(0.292893218813, 12);
  });
  it('refuses probabilities that are not probabilities', () => {
    expect(() => ogrs3Within(0, 0.5, 0.25)).toThrow(RangeError);
    expect(() => ogrs3Within(0.6, 0.5, 0.25)).toThrow(RangeError);
  });
});

describe('a hand-made caseload', () => {
  it('gives the actual rate, the predicted rate over the scored adults, and the difference', () => {
    const constant = { oneYear: 0.5, twoYear: 0.75 }; // 0.159103584746 at 3 months
    const falling = { oneYear: 0.5, twoYear: 1 - Math.pow(2, -Math.SQRT2) }; // 0.292893218813
    const f = computeNi18(
      [
        { personId: 1, dateOfBirth: '1980-01-01', proven: true, ogrs3: constant },
        { personId: 2, dateOfBirth: '1991-06-30', proven: false, ogrs3: falling }, // 18 on the snapshot date: an adult
        { personId: 3, dateOfBirth: '1970-01-01', proven: true, ogrs3: null }, // no sanction on record: unscored
        { personId: 4, dateOfBirth: '1991-07-01', proven: true, ogrs3: constant }, // 17: not in the caseload
        { personId: 5, dateOfBirth: '1985-01-01', proven: false, ogrs3: constant },
      ],
      '2009-06-30',
    );
    expect(f.caseload).toBe(4);
    expect(f.reoffenders).toBe(2);
    expect(f.actualRate).toBe(0.5);
    // (0.159103584746 × 2 + 0.292893218813) ÷ 3
    expect(f.predictedRate).toBeCloseTo(0.203700129435, 11);
    expect(f.difference).toBeCloseTo(0.296299870565, 11);
    expect(f.under18).toBe(1);
    expect(f.unscored).toBe(1);
  });
  it('has no rates for an empty caseload', () => {
    expect(computeNi18([], '2009-06-30')).toEqual({ caseload: 0, reoffenders: 0, actualRate: null, predictedRate: null, difference: null, under18: 0, unscored: 0 });
  });
});
