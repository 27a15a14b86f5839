import { describe, expect, it } from 'vitest';
import { computeNi38, DEFAULT_NI38_MODEL, ni38Contributors, ni38Timing, type Ni38Person } from '../../../src/performance/ni38.js';

const p = (personId: number, actual: number, predicted: number): Ni38Person => ({ personId, identifiedOn: '2009-01-15', actual, predicted });

describe('NI38 contributors', () => {
  it('takes the largest excesses until they cover the difference', () => {
    const people = [p(1, 10, 2), p(2, 6, 2), p(3, 1, 3), p(4, 3, 2), p(5, 0, 1)];
    // actual 20, predicted 10, difference 10: excess 8 (1) + 4 (2) = 12 >= 10.
    const c = ni38Contributors(people);
    expect(c.map((x) => x.personId)).toEqual([1, 2]);
    expect(c.map((x) => x.cumulativeExcess)).toEqual([8, 12]);
  });

  it('stops exactly at the difference', () => {
    const c = ni38Contributors([p(1, 5, 1), p(2, 3, 1), p(3, 0, 2)]);
    // difference 4; person 1's excess 4 covers it alone
    expect(c.map((x) => x.personId)).toEqual([1]);
  });

  it('is empty when the cohort offended no more than predicted', () => {
    expect(ni38Contributors([p(1, 5, 1), p(2, 0, 6)])).toEqual([]);
  });

  it('reproduces the shape of seed 001: 577 actual against 426.3 predicted', () => {
    // 234 people: 18 heavy offenders account for the difference of 150.7.
    const people: Ni38Person[] = [];
    for (let i = 0; i < 18; i++) people.push(p(i + 1, 14, 5));
    for (let i = 18; i < 234; i++) people.push(p(i + 1, (577 - 18 * 14) / 216, (426.3 - 18 * 5) / 216));
    const f = computeNi38(people);
    expect(f.cohortSize).toBe(234);
    expect(f.actual).toBeCloseTo(577, 9);
    expect(f.predicted).toBeCloseTo(426.3, 9);
    expect(f.ratio).toBeCloseTo(577 / 426.3, 12);
    expect(f.contributors).toHaveLength(17); // 17 × 9 = 153 ≥ 150.7
  });
});

describe('the default NI38 model', () => {
  it('is calibrated so a cohort at the assumed rate gets the national 2.6 offences a person', () => {
    const predicted = DEFAULT_NI38_MODEL.predict({ identifiedOn: '2009-01-01', ogrs3OneYear: 0.47, ogrs3TwoYear: 0.6, ogrs3Band: 'medium', sanctionOccasions: 12 });
    expect(predicted).toBeCloseTo(54_462 / 20_934, 12);
    expect(DEFAULT_NI38_MODEL.version).toBe('ni38-ogrs3-frequency-1');
  });
});

describe('where an NI38 cohort period stands on the day it is read', () => {
  it('says a period not begun has no data yet, an open one is still identifying, and a follow-up still running is provisional', () => {
    expect(ni38Timing('2027-01-01', '2027-03-31', '2026-12-06')).toMatchObject({ status: 'not_started', followUpEnds: '2028-03-31' });
    expect(ni38Timing('2027-01-01', '2027-03-31', '2026-12-06').note).toMatch(/^No data yet: the cohort period \(2027-01-01 to 2027-03-31\) has not begun on 2026-12-06/);
    expect(ni38Timing('2027-01-01', '2027-03-31', '2027-02-01').status).toBe('open');
    expect(ni38Timing('2027-01-01', '2027-03-31', '2027-03-31').status).toBe('open');
    expect(ni38Timing('2027-01-01', '2027-03-31', '2028-03-31')).toMatchObject({ status: 'following_up', note: expect.stringMatching(/^Provisional/) });
    expect(ni38Timing('2027-01-01', '2027-03-31', '2028-04-01')).toMatchObject({ status: 'complete', note: null });
  });
});
