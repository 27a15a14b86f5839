// The fast path of a selection run scores without writing reasons; it must give
// exactly the score, values, weights and contributions of the explained path.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { criteriaFor } from '../../../src/selection/criteria.js';
import { DEFAULT_MATRIX, completeMatrix, scoreOf, scorePerson } from '../../../src/selection/matrix.js';
import type { SelectionFeatures } from '../../../src/selection/features.js';
import { addDays } from '../../../src/selection/dates.js';
import { wholeYears } from '../../../src/performance/ogrs3.js';

const asOf = '2010-06-30';
const day = fc.integer({ min: -4000, max: 400 }).map((n) => addDays(asOf, n));
const maybeDay = fc.option(day, { nil: null });
const count = fc.integer({ min: 0, max: 40 });

const features: fc.Arbitrary<SelectionFeatures> = fc.record({
  personId: fc.integer({ min: 1, max: 1e6 }),
  personRef: fc.string({ minLength: 1, maxLength: 8 }),
  asOf: fc.constant(asOf),
  sex: fc.constantFrom('male' as const, 'female' as const, 'unknown' as const),
  dateOfBirth: fc.integer({ min: -25000, max: -3700 }).map((n) => addDays(asOf, n)),
  ethnicity: fc.option(fc.constantFrom('White British', 'Black Caribbean'), { nil: null }),
  dateOfDeath: maybeDay,
  areaCode: fc.option(fc.constantFrom('A1', 'A2'), { nil: null }),
  lastOffenceDate: maybeDay,
  lastArrestDate: maybeDay,
  lastIntelligenceDate: maybeDay,
  windows: fc.tuple(count, count, count, count, count, count, count, count, count).map((c) =>
    DEFAULT_MATRIX.frequency.map((w, i) => ({ months: w.months, offences: c[i * 3]!, arrests: c[i * 3 + 1]!, intelligence: c[i * 3 + 2]! })),
  ),
  lookbackOffences: count,
  gravityMax: fc.integer({ min: 0, max: 10 }),
  gravityTotal: fc.integer({ min: 0, max: 200 }),
  neighbourhoodOffences: count,
  positiveDrugTests: count,
  lastPositiveDrugTestDate: maybeDay,
  sanctions: count,
  firstSanctionDate: maybeDay,
  latestSanctionDate: maybeDay,
  latestOffenceCode: fc.option(fc.constantFrom('02800', '04600', '99900'), { nil: null }),
  latestOgrs3Category: fc.option(fc.constantFrom('burglary_domestic', 'theft_non_motor', 'not_a_category'), { nil: null }),
  custody: fc.option(
    fc.record({
      kind: fc.constantFrom('remand' as const, 'sentenced' as const),
      receptionDate: day,
      sentenceDays: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: null }),
      expectedReleaseDate: fc.option(fc.integer({ min: -10, max: 800 }).map((n) => addDays(asOf, n)), { nil: null }),
      expectedReleaseEstimated: fc.boolean(),
    }),
    { nil: null },
  ),
  statutorySupervision: fc.boolean(),
});

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
