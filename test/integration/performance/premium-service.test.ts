// The Premium Service measured from stored arrests and convictions, on a
// hand-built year (2009/10: Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar),
// through the service, the API and (on the PostgreSQL pass) the CLI:
//
//   M  on PPO 2009-01-01 → 2009-10-01
//      charged 2009-04-01 (02800) → convicted 2009-04-21 (02801, same group)   20 days  member, Q1
//      charged 2009-06-10 (04600) → convicted 2009-07-20                      40 days  member, Q2
//      charged 2009-11-01 (04600, no longer a member) → convicted 2010-01-01   61 days  other, Q4
//      arrested 2009-05-01, no further action: not a charge
//   N  on PPO from 2008-01-01
//      charged 2009-04-05 (04600) → convicted 2009-05-05                      30 days  member, Q1
//      charged 2010-03-01 → convicted 2010-04-10: disposed of after the year, not counted
//   O  on no scheme
//      charged 2009-03-01 (05800) → convicted 2009-04-10                      40 days  other, Q1
//      charged 2009-05-01 (10501) → cautioned 2009-05-10 (not a disposal of a charge),
//                                   convicted 2009-08-01                      92 days  other, Q2
//      charged 2009-12-01 (05800) → nothing: a charge without a disposal
//   R  restricted, on no scheme: charged 2009-07-01 (04600) → convicted 2009-07-31  30 days  other, Q2
//      (statistical figures count everyone, restricted or not)
//
//   members: Q1 [20, 30] median 25, p90 30; Q2 [40]; year [20, 30, 40] median 30, p90 40 (rank 3 of 3)
//   others:  Q1 [40]; Q2 [30, 92] median 61, p90 92; Q4 [61]; year [30, 40, 61, 92] median 50.5, p90 92 (rank ⌈3.6⌉ = 4)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createPerson, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import { runWaymark } from '../../support/cli.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { premiumService } from '../../../src/performance/premium-service.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../../src/errors.js';
import { addMembership, addOutcomes, createScheme } from './helpers.js';

let t: TestDatabase;
let ta: TestApp;
let f: PartnershipFixture;

async function arrests(rows: [personId: number, date: string, code: string | null, outcome: 'charged' | 'nfa'][]) {
  await t.db
    .insertInto('arrests')
    .values(rows.map(([personId, date, code, outcome]) => ({ partnership_id: f.partnershipId, person_id: personId, arrest_date: date, offence_code: code, offence_code_raw: code, outcome, outcome_raw: outcome })))
    .execute();
}

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'analyst', role: 'analyst', agency: 'local_authority' },
  ]);
  f = ta.f;
  const ppo = await createScheme(t.db, f, 'PPO');
  const M = await createPerson(t.db, f, { ref: 'PS-M' });
  const N = await createPerson(t.db, f, { ref: 'PS-N' });
  const O = await createPerson(t.db, f, { ref: 'PS-O' });
  const R = await createPerson(t.db, f, { ref: 'PS-R' });
  await t.db.updateTable('people').set({ restricted: true }).where('id', '=', R).execute();
  await addMembership(t.db, f, ppo, M, '2009-01-01', '2009-10-01');
  await addMembership(t.db, f, ppo, N, '2008-01-01');
  await arrests([
    [M, '2009-04-01', '02800', 'charged'],
    [M, '2009-05-01', '04600', 'nfa'],
    [M, '2009-06-10', '04600', 'charged'],
    [M, '2009-11-01', '04600', 'charged'],
    [N, '2009-04-05', '04600', 'charged'],
    [N, '2010-03-01', '04600', 'charged'],
    [O, '2009-03-01', '05800', 'charged'],
    [O, '2009-05-01', '10501', 'charged'],
    [O, '2009-12-01', '05800', 'charged'],
    [R, '2009-07-01', '04600', 'charged'],
  ]);
  await addOutcomes(t.db, f, [
    { personId: M, offenceDate: '2009-03-30', outcomeDate: '2009-04-21', code: '02801' },
    { personId: M, offenceDate: '2009-06-09', outcomeDate: '2009-07-20', code: '04600' },
    { personId: M, offenceDate: '2009-10-30', outcomeDate: '2010-01-01', code: '04600' },
    { personId: N, offenceDate: '2009-04-04', outcomeDate: '2009-05-05', code: '04600' },
    { personId: N, offenceDate: '2010-02-28', outcomeDate: '2010-04-10', code: '04600' },
    { personId: O, offenceDate: '2009-02-27', outcomeDate: '2009-04-10', code: '05800' },
    { personId: O, offenceDate: '2009-04-30', outcomeDate: '2009-05-10', code: '10501', outcome: 'caution', disposal: null },
    { personId: O, offenceDate: '2009-04-30', outcomeDate: '2009-08-01', code: '10501' },
    { personId: R, offenceDate: '2009-06-30', outcomeDate: '2009-07-31', code: '04600' },
  ]);
}, 60_000);
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const summary = (cases: number, medianDays: number | null, p90Days: number | null, meanDays: number | null) => ({ cases, medianDays, p90Days, meanDays });

describe('the Premium Service from stored arrests and convictions', () => {
  it('gives the worked figures by quarter of disposal, members against everyone else', async () => {
    const r = await premiumService(t.db, f.operator, { schemeCode: 'PPO', year: '2009/10' });
    expect(r.measure).toBe('premium-service');
    expect(r.scheme).toEqual({ code: 'PPO', name: 'PPO scheme' });
    expect(r.quarters).toEqual([
      { quarter: 1, members: summary(2, 25, 30, 25), others: summary(1, 40, 40, 40) },
      { quarter: 2, members: summary(1, 40, 40, 40), others: summary(2, 61, 92, 61) },
      { quarter: 3, members: summary(0, null, null, null), others: summary(0, null, null, null) },
      { quarter: 4, members: summary(0, null, null, null), others: summary(1, 61, 61, 61) },
    ]);
    expect(r.wholeYear).toEqual({ members: summary(3, 30, 40, 30), others: summary(4, 50.5, 92, 55.75) });
    expect(r.chargesWithoutDisposal).toEqual({ members: 0, others: 1 });
    expect(r.dataCurrency).toMatchObject({ lastArrestsImport: null, lastOutcomesImport: null, latestArrestDate: '2010-03-01', latestOutcomeDate: '2010-04-10' });
    expect(r.method.join(' ')).toMatch(/nearest rank/);
    expect(JSON.stringify(r)).not.toMatch(/PS-[MNOR]/);
  });

  it('logs the figure as a combination of records', async () => {
    await premiumService(t.db, f.operator, { schemeCode: 'PPO', year: '2009/10' });
    const rows = await sql<{ what: string; action: string }>`SELECT what, action FROM audit_log WHERE partnership_id = ${f.partnershipId} AND what LIKE 'Premium Service%' ORDER BY id DESC LIMIT 1`.execute(t.db);
    expect(rows.rows[0]).toEqual({ what: 'Premium Service figures for PPO 2009/10', action: 'combination' });
  });

  it('refuses those who may not see figures, an unknown scheme and a malformed year', async () => {
    const officer = await createUser(t.db, f, { username: 'ps-practitioner', role: 'practitioner', passwordHash: 'x' });
    await expect(premiumService(t.db, officer, { schemeCode: 'PPO', year: '2009/10' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(premiumService(t.db, f.operator, { schemeCode: 'NOPE', year: '2009/10' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(premiumService(t.db, f.operator, { schemeCode: 'PPO', year: '2009/11' })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('answers the same document through the API, and problem details for a bad query', async () => {
    const token = await createApiToken(t.db, ta.users.analyst!.userId, 'test', { scope: 'read' });
    const res = await ta.app.inject({ method: 'GET', url: '/api/v1/performance/premium-service?scheme=PPO&year=2009/10', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(await premiumService(t.db, f.operator, { schemeCode: 'PPO', year: '2009/10' }))));
    const bad = await ta.app.inject({ method: 'GET', url: '/api/v1/performance/premium-service?scheme=PPO&year=2009', headers: { authorization: `Bearer ${token}` } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe.skipIf(testEngine !== 'postgres')('waymark performance premium-service', () => {
  it('prints with --json exactly the API document', async () => {
    const env = { ...process.env, DATABASE_URL: t.url!, WAYMARK_DATA: '' };
    const cli = await runWaymark(['performance', 'premium-service', '--scheme', 'PPO', '--year', '2009/10', '--json'], { env });
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const token = await createApiToken(t.db, ta.users.analyst!.userId, 'test-cli', { scope: 'read' });
    const api = await ta.app.inject({ method: 'GET', url: '/api/v1/performance/premium-service?scheme=PPO&year=2009/10', headers: { authorization: `Bearer ${token}` } });
    expect(JSON.parse(cli.stdout)).toEqual(api.json());
    const text = await runWaymark(['performance', 'premium-service', '--scheme', 'PPO', '--year', '2009/10'], { env });
    expect(text.stdout).toMatch(/Year\s+3\s+30\s+40\s+4\s+50\.5\s+92/);
  });
});
