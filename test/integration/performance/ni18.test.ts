// NI18 from stored supervision periods and outcomes, on a hand-made caseload
// for the snapshot month 2009-06 (snapshot date 2009-06-30; follow-up
// 2009-07-01 to 2009-09-30; proof by 2010-03-31), through the service, the API
// and (on the PostgreSQL pass) the CLI:
//
//   A  adult, community order 2009-01-01 → 2010-01-01; on PPO from 2009-06-20
//      offence 2009-08-01, convicted 2009-09-15                    proven
//   B  adult, licence from 2009-06-30 (the month's last day); on PPO from 2009-06-30
//      offence 2009-09-30, convicted 2010-04-01 (a day too late)   not proven
//   C  DRR ended 2009-06-01 (exclusive): not supervised in June    not in the caseload
//   D  17 on the snapshot date, community order                    left out (under 18)
//   E  non-statutory support only                                  not in the caseload
//   F  adult, community order, no sanction before the snapshot;
//      offence 2009-07-01 (first day), cautioned 2009-07-20        proven, unscored
//   G  adult, licence 2009-04-01 → 2009-09-01; on PPO until 2009-06-01
//      offence 2009-06-30 (before follow-up), offence 2009-10-01 (after)  not proven
//
//   caseload 4 (A B F G), reoffenders 2 (A F): actual 50%; predicted: the mean
//   of A's, B's and G's OGRS3 scaled to 3 months (F has no score).
//   PPO members in June: A and B, one proven: 50%.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createPerson, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import { runWaymark } from '../../support/cli.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { ni18 } from '../../../src/performance/ni18-service.js';
import { ogrs3Within } from '../../../src/performance/ni18.js';
import { ogrs3 } from '../../../src/performance/ogrs3.js';
import { ForbiddenError, InvalidInputError } from '../../../src/errors.js';
import type { SupervisionKind } from '../../../src/db/schema.js';
import { addMembership, addOutcomes, createScheme } from './helpers.js';

let t: TestDatabase;
let ta: TestApp;
let f: PartnershipFixture;

async function supervise(personId: number, kind: SupervisionKind, start: string, end: string | null, statutory = true) {
  await t.db.insertInto('supervision_periods').values({ partnership_id: f.partnershipId, person_id: personId, kind, kind_raw: kind, statutory, start_date: start, end_date: end }).execute();
}

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [{ username: 'analyst', role: 'analyst', agency: 'probation' }]);
  f = ta.f;
  await t.db.updateTable('partnerships').set({ data_as_of: '2010-12-31' }).where('id', '=', f.partnershipId).execute();
  const ppo = await createScheme(t.db, f, 'PPO');
  const A = await createPerson(t.db, f, { ref: 'N18-A', dob: '1980-01-01', sex: 'male' });
  const B = await createPerson(t.db, f, { ref: 'N18-B', dob: '1985-05-05', sex: 'female' });
  const C = await createPerson(t.db, f, { ref: 'N18-C', dob: '1975-01-01', sex: 'male' });
  const D = await createPerson(t.db, f, { ref: 'N18-D', dob: '1992-01-01', sex: 'male' });
  const E = await createPerson(t.db, f, { ref: 'N18-E', dob: '1970-02-02', sex: 'male' });
  const F = await createPerson(t.db, f, { ref: 'N18-F', dob: '1960-01-01', sex: 'male', restricted: true });
  const G = await createPerson(t.db, f, { ref: 'N18-G', dob: '1982-03-03', sex: 'male' });
  await supervise(A, 'community_order', '2009-01-01', '2010-01-01');
  await supervise(B, 'licence', '2009-06-30', null);
  await supervise(C, 'drr', '2008-01-01', '2009-06-01');
  await supervise(D, 'community_order', '2009-05-01', null);
  await supervise(E, 'none', '2009-06-15', null, false);
  await supervise(F, 'community_order', '2009-02-01', null);
  await supervise(G, 'licence', '2009-04-01', '2009-09-01');
  await addMembership(t.db, f, ppo, A, '2009-06-20');
  await addMembership(t.db, f, ppo, B, '2009-06-30');
  await addMembership(t.db, f, ppo, G, '2008-01-01', '2009-06-01');
  await addOutcomes(t.db, f, [
    { personId: A, offenceDate: '2008-11-01', outcomeDate: '2008-12-20', code: null },
    { personId: A, offenceDate: '2009-08-01', outcomeDate: '2009-09-15', code: null },
    { personId: B, offenceDate: '2006-12-01', outcomeDate: '2007-01-01', code: null },
    { personId: B, offenceDate: '2009-02-01', outcomeDate: '2009-03-01', code: null },
    { personId: B, offenceDate: '2009-09-30', outcomeDate: '2010-04-01', code: null },
    { personId: C, offenceDate: '2009-08-01', outcomeDate: '2009-09-01', code: null },
    { personId: D, offenceDate: '2008-01-01', outcomeDate: '2008-02-01', code: null },
    { personId: D, offenceDate: '2009-07-10', outcomeDate: '2009-08-01', code: null },
    { personId: E, offenceDate: '2009-08-01', outcomeDate: '2009-09-01', code: null },
    { personId: F, offenceDate: '2009-07-01', outcomeDate: '2009-07-20', code: null, outcome: 'caution', disposal: null },
    { personId: G, offenceDate: '2008-12-01', outcomeDate: '2009-01-10', code: null },
    { personId: G, offenceDate: '2009-06-30', outcomeDate: '2009-07-15', code: null },
    { personId: G, offenceDate: '2009-10-01', outcomeDate: '2009-11-01', code: null },
  ]);
}, 60_000);
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

/** OGRS3 for one person scored on 2009-06-30 with category 'other' (no offence code), scaled to 3 months. */
function threeMonths(sex: 'male' | 'female', birthDate: string, convictionDate: string, firstSanctionDate: string, previousSanctions: number) {
  const o = ogrs3({ sex, birthDate, convictionDate, firstSanctionDate, atRiskDate: '2009-06-30', previousSanctions, offenceCategory: 'other' });
  return ogrs3Within(o.oneYear, o.twoYear, 0.25);
}
const pA = threeMonths('male', '1980-01-01', '2008-12-20', '2008-12-20', 0);
const pB = threeMonths('female', '1985-05-05', '2009-03-01', '2007-01-01', 1);
const pG = threeMonths('male', '1982-03-03', '2009-01-10', '2009-01-10', 0);

describe('NI18 from stored supervision and outcomes', () => {
  it('counts the adult caseload, the proven reoffenders and the predicted rate of the worked example', async () => {
    const r = await ni18(t.db, f.operator, { month: '2009-06' });
    expect(r).toMatchObject({
      measure: 'ni18',
      snapshotMonth: '2009-06',
      scheme: null,
      caseload: 4,
      reoffenders: 2,
      actualRate: 0.5,
      under18: 1,
      unscored: 1,
      snapshotDate: '2009-06-30',
      followUpStarts: '2009-07-01',
      followUpEnds: '2009-09-30',
      proofBy: '2010-03-31',
      provisional: false,
      readOn: '2010-12-31',
      dataCurrency: { lastOutcomesImport: null, latestOutcomeDate: '2010-04-01' },
    });
    expect(r.predictedRate).toBeCloseTo((pA + pB + pG) / 3, 12);
    expect(r.difference).toBeCloseTo(0.5 - (pA + pB + pG) / 3, 12);
    expect(JSON.stringify(r)).not.toMatch(/N18-/);
  });

  it("limits the caseload to a scheme's members in the month", async () => {
    const r = await ni18(t.db, f.operator, { month: '2009-06', schemeCode: 'PPO' });
    expect(r).toMatchObject({ scheme: { code: 'PPO', name: 'PPO scheme' }, caseload: 2, reoffenders: 1, actualRate: 0.5, unscored: 0 });
    expect(r.predictedRate).toBeCloseTo((pA + pB) / 2, 12);
  });

  it('is provisional while the wait for proof runs past the partnership\'s today', async () => {
    // B, F and D (18 by 2010-06-30) are still supervised in June 2010.
    const r = await ni18(t.db, f.operator, { month: '2010-06' });
    expect(r).toMatchObject({ proofBy: '2011-03-31', provisional: true, caseload: 3, under18: 0 });
  });

  it('refuses those who may not see figures and a malformed month', async () => {
    const officer = await createUser(t.db, f, { username: 'n18-practitioner', role: 'practitioner', passwordHash: 'x' });
    await expect(ni18(t.db, officer, { month: '2009-06' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(ni18(t.db, f.operator, { month: '2009-13' })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('answers the same document through the API', async () => {
    const token = await createApiToken(t.db, ta.users.analyst!.userId, 'test', { scope: 'read' });
    const res = await ta.app.inject({ method: 'GET', url: '/api/v1/performance/ni18?month=2009-06&scheme=PPO', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(await ni18(t.db, f.operator, { month: '2009-06', schemeCode: 'PPO' }))));
    const bad = await ta.app.inject({ method: 'GET', url: '/api/v1/performance/ni18?month=June', headers: { authorization: `Bearer ${token}` } });
    expect(bad.statusCode).toBe(400);
  });
});

describe.skipIf(testEngine !== 'postgres')('waymark performance ni18', () => {
  it('prints with --json exactly the API document', async () => {
    const env = { ...process.env, DATABASE_URL: t.url!, WAYMARK_DATA: '' };
    const cli = await runWaymark(['performance', 'ni18', '--month', '2009-06', '--json'], { env });
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const token = await createApiToken(t.db, ta.users.analyst!.userId, 'test-cli', { scope: 'read' });
    const api = await ta.app.inject({ method: 'GET', url: '/api/v1/performance/ni18?month=2009-06', headers: { authorization: `Bearer ${token}` } });
    expect(JSON.parse(cli.stdout)).toEqual(api.json());
    const text = await runWaymark(['performance', 'ni18', '--month', '2009-06', '--scheme', 'PPO'], { env });
    expect(text.stdout).toMatch(/Adult caseload\s+2/);
  });
});
