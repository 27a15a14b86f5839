// Arbitrary selection features (fast-check), for the properties of scoring.
import fc from 'fast-check';
import type { SelectionFeatures } from '../../../src/selection/features.js';
import { DEFAULT_MATRIX } from '../../../src/selection/matrix.js';
import { addDays } from '../../../src/calendar/dates.js';

export const asOf = '2010-06-30';
const day = fc.integer({ min: -4000, max: 400 }).map((n) => addDays(asOf, n));
const maybeDay = fc.option(day, { nil: null });
const count = fc.integer({ min: 0, max: 40 });

export const features: fc.Arbitrary<SelectionFeatures> = fc.record({
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
})
  // As in any record: the first sanction is not after the latest.
  .map((f) =>
    f.firstSanctionDate && f.latestSanctionDate && f.firstSanctionDate > f.latestSanctionDate
      ? { ...f, firstSanctionDate: f.latestSanctionDate, latestSanctionDate: f.firstSanctionDate }
      : f,
  );
