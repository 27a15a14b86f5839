// SPEC 6: the NI30, NI38 and OGRS3 figures for a 3,000-person cohort in ≤ 1 s.
// The data are made in SQL with generate_series (about 75,000 outcomes).
import { systemClock } from '../../../src/calendar/clock.js';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, type PartnershipFixture } from '../../support/fixtures.js';
import { ni30 } from '../../../src/performance/ni30-service.js';
import { ni38 } from '../../../src/performance/ni38-service.js';
import { cohortOgrs3 } from '../../../src/performance/ogrs3-service.js';
import { createScheme } from './helpers.js';

let t: TestDatabase;
let f: PartnershipFixture;
const N = 3000;
// The time against SPEC 6's 1 s bar is measured by `npm run bench`, not here:
// a timed test on a shared two-core machine fails by chance. This test checks
// the set-based queries give whole-cohort results at this size.

beforeAll(async () => {
  t = await testDatabase();
  f = await createPartnership(t.db);
  const scheme = await createScheme(t.db, f, 'IOM');
  const p = f.partnershipId;
  await sql`INSERT INTO people (partnership_id, person_ref, family_name, given_names, date_of_birth, sex)
    SELECT ${p}, 'X' || g, 'Synthetic', 'Person ' || g, DATE '1970-01-01' + (g * 7) % 9000, CASE WHEN g % 9 = 0 THEN 'female' ELSE 'male' END
    FROM generate_series(1, ${N}) g`.execute(t.db);
  await sql`INSERT INTO memberships (partnership_id, person_id, scheme_id, start_date)
    SELECT ${p}, id, ${scheme}, DATE '2006-01-01' + (id % 700)::int FROM people WHERE partnership_id = ${p}`.execute(t.db);
  await sql`INSERT INTO outcomes (partnership_id, person_id, offence_date, outcome_date, outcome, offence_code, offence_code_raw)
    SELECT ${p}, pe.id, DATE '2000-01-01' + ((pe.id * 37 + k * 211) % 3650)::int, DATE '2000-01-01' + ((pe.id * 37 + k * 211) % 3650)::int + 30,
           CASE WHEN k % 6 = 0 THEN 'caution' ELSE 'conviction' END, '04600', '04600'
    FROM people pe CROSS JOIN generate_series(1, 25) k WHERE pe.partnership_id = ${p}`.execute(t.db);
  await sql`INSERT INTO drug_tests (partnership_id, person_id, test_date, opiates, cocaine)
    SELECT ${p}, id, DATE '2009-01-01' + (id % 89)::int, id % 2 = 0, id % 3 = 0 FROM people WHERE partnership_id = ${p}`.execute(t.db);
  await sql`ANALYZE`.execute(t.db);
});
afterAll(async () => t?.close());

/** The best of three runs: the test suite runs files in parallel on two cores, so one run can be slowed by others. */
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  let best = Infinity;
  let r: T | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    r = await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return [r!, best];
}

describe('a 3,000-person cohort', () => {
  it('computes NI30, NI38 and OGRS3 for the whole cohort', async () => {
    const [a, ta] = await timed(() => ni30(t.db, f.operator, { schemeCode: 'IOM', year: '2008/09', ceiling: 0.16 }));
    const [b, tb] = await timed(() => ni38(t.db, f.operator, { from: '2009-01-01', to: '2009-03-31' }, systemClock));
    const [c, tc] = await timed(() => cohortOgrs3(t.db, f.operator, { schemeCode: 'IOM', asOf: '2009-04-01' }));
    console.log(`[${t.engine}] 3,000 people: NI30 ${ta.toFixed(0)} ms, NI38 ${tb.toFixed(0)} ms, OGRS3 ${tc.toFixed(0)} ms`);
    expect(a.cohortSize).toBe(N);
    expect(a.baseline).toBeGreaterThan(0);
    expect(b.cohortSize).toBeGreaterThan(N / 2);
    expect(c.scored).toBe(N);
  });
});
