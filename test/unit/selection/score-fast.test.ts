// The fast path of a selection run scores without writing reasons; it must give
// exactly the score, values, weights and contributions of the explained path.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { criteriaFor } from '../../../src/selection/criteria.js';
import { DEFAULT_MATRIX, completeMatrix } from '../../../src/selection/matrix.js';
import { scoreOf, scorePerson } from '../../../src/selection/score.js';
import { features } from './features-arbitrary.js';
import { wholeYears } from '../../../src/calendar/dates.js';

describe('scoring without reasons', () => {
  it('gives the same score, values, weights and contributions as scoring with them', () => {
    const drugsHeavy = completeMatrix({ drugs: { weight: 7.3, cap: 2 }, intelligenceCap: 3 });
    fc.assert(
      fc.property(features, fc.constantFrom(DEFAULT_MATRIX, drugsHeavy), (f, config) => {
        const explained = scorePerson(f, config);
        expect(scoreOf(f, config)).toBe(explained.score);
        const bare = criteriaFor(config).map((c) => c.compute(f, config, false));
        expect(bare).toEqual(explained.criteria.map((c) => ({ ...c, reasons: [] })));
        expect(explained.criteria.every((c) => c.reasons.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('follows a changed matrix, not the criteria of an earlier one', () => {
    const f = fc.sample(features, { numRuns: 1, seed: 7 })[0]!;
    const longer = completeMatrix({ frequency: [{ months: 3, offenceWeight: 1, arrestWeight: 1, intelligenceWeight: 1 }, ...DEFAULT_MATRIX.frequency] });
    const g = { ...f, windows: [{ months: 3, offences: 1, arrests: 1, intelligence: 1 }, ...f.windows] };
    expect(scorePerson(g, longer).criteria.map((c) => c.name)).toContain('offences_3m');
    expect(scoreOf(g, longer)).toBe(scorePerson(g, longer).score);
    expect(scoreOf(g, longer)).not.toBe(scoreOf(f, DEFAULT_MATRIX));
  });
});

describe('whole years', () => {
  it('counts a birthday on the day, not the day before, across month and leap-day boundaries', () => {
    expect(wholeYears('1990-06-15', '2008-06-14')).toBe(17);
    expect(wholeYears('1990-06-15', '2008-06-15')).toBe(18);
    expect(wholeYears('1990-12-31', '2009-01-01')).toBe(18);
    expect(wholeYears('1991-01-01', '2008-12-31')).toBe(17);
    expect(wholeYears('2000-02-29', '2001-02-28')).toBe(0);
    expect(wholeYears('2000-02-29', '2001-03-01')).toBe(1);
    expect(wholeYears('1990-07-01', '2008-06-30')).toBe(17);
  });
});
