// DRR starts, completions and early terminations against the year's target
// (issue 15), in all three doors, on one worked example whose periods straddle
// the year's and the quarters' boundaries:
//
//   year 2009/10 = 2009-04-01 .. 2010-03-31; Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar
//   A  2009-03-15 → 2009-06-10 completed          start before the year; completion Q1
//   B  2009-04-01 → 2010-04-01 early_termination  start Q1 (first day); ends the day after the year: not counted
//   C  2009-12-31 → 2010-03-31 completed          start Q3 (last day); completion Q4 (last day of the year)
//   D  2010-01-01 → open                          start Q4
//   E  2010-03-31 → open                          start Q4
//   F  2009-07-01 → 2009-09-30 early_termination  start Q2; early termination Q2
//   G  2008-01-01 → 2009-10-01 (no end kind)      ended otherwise Q3
//   H  a community order starting 2009-05-01       not a DRR: not counted
//   R  2009-05-05 → open, on a restricted person   left out for those not named on the record
//
//   starts Q1 1, Q2 1, Q3 1, Q4 2 = 5 (target 10: 50%); completions Q1 1, Q4 1 = 2;
//   early terminations Q2 1; ended otherwise Q3 1; completion rate 2 / 4 = 50%.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPartnership, createPerson, createUser } from '../../support/fixtures.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { cliWorld, runWaymark, type CliWorld } from '../../support/cli.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../../src/db/schema.js';
import type { PartnershipFixture } from '../../support/fixtures.js';
import { importFile } from '../../../src/imports/import-file.js';
import { PEOPLE_HEADER, personRow, tempDir, writeCsv } from '../imports/files.js';

let t: TestDatabase;
let ta: TestApp;
type Session = { jar: Record<string, string>; csrf: string };
const s: Record<string, Session> = {};

const PERIODS: [string, string | null, string | null, string][] = [
  ['2009-03-15', '2009-06-10', 'completed', 'drr'],
  ['2009-04-01', '2010-04-01', 'early_termination', 'drr'],
  ['2009-12-31', '2010-03-31', 'completed', 'drr'],
  ['2010-01-01', null, null, 'drr'],
  ['2010-03-31', null, null, 'drr'],
  ['2009-07-01', '2009-09-30', 'early_termination', 'drr'],
  ['2008-01-01', '2009-10-01', null, 'drr'],
  ['2009-05-01', null, null, 'community_order'],
];

/** The worked example's people and periods in a partnership. */
async function workedExample(db: Kysely<DB>, f: PartnershipFixture): Promise<void> {
  let i = 0;
  for (const [start, end, endKind, kind] of PERIODS) {
    const personId = await createPerson(db, f, { ref: `DRR${++i}`, family: 'Examplesson', given: 'Drew' });
    await db
      .insertInto('supervision_periods')
      .values({ partnership_id: f.partnershipId, person_id: personId, kind: kind as 'drr', kind_raw: kind, statutory: true, start_date: start, end_date: end, end_kind: endKind as 'completed' | null })
      .execute();
  }
  const restricted = await createPerson(db, f, { ref: 'DRRSECRET', family: 'Hidden', given: 'Rae' });
  await db.updateTable('people').set({ restricted: true }).where('id', '=', restricted).execute();
  await db.insertInto('supervision_periods').values({ partnership_id: f.partnershipId, person_id: restricted, kind: 'drr', statutory: true, start_date: '2009-05-05' }).execute();
}

const EXPECTED_QUARTERS = [
  { quarter: 1, starts: 1, completions: 1, earlyTerminations: 0, otherEnds: 0 },
  { quarter: 2, starts: 1, completions: 0, earlyTerminations: 1, otherEnds: 0 },
  { quarter: 3, starts: 1, completions: 0, earlyTerminations: 0, otherEnds: 1 },
  { quarter: 4, starts: 2, completions: 1, earlyTerminations: 0, otherEnds: 0 },
];

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'manager', role: 'scheme_manager', agency: 'police' },
    { username: 'analyst', role: 'analyst', agency: 'local_authority' },
    { username: 'board', role: 'board_member', agency: 'local_authority' },
    { username: 'officer', role: 'practitioner', agency: 'police' },
  ]);
  await workedExample(t.db, ta.f);
  for (const u of Object.keys(ta.users)) s[u] = await signInAs(ta.app, u);
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, who: Session) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(who.jar) } });
const post = (url: string, who: Session, fields: Record<string, string>) =>
  ta.app.inject({
    method: 'POST',
    url,
    headers: { cookie: cookieHeader(who.jar), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
  });

describe('the DRR API', () => {
  it('counts the worked example by quarter, leaving out the restricted record, with no target yet', async () => {
    const token = await createApiToken(t.db, ta.users.analyst!.userId, 'test', { scope: 'role' });
    const res = await ta.app.inject({ method: 'GET', url: '/api/v1/performance/drr?year=2009/10', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.year).toBe('2009/10');
    expect(body.quarters.map((q: Record<string, unknown>) => ({ quarter: q.quarter, starts: q.starts, completions: q.completions, earlyTerminations: q.earlyTerminations, otherEnds: q.otherEnds }))).toEqual(EXPECTED_QUARTERS);
    expect(body.total).toEqual({ starts: 5, completions: 2, earlyTerminations: 1, otherEnds: 1 });
    expect(body.completionRate).toBe(0.5);
    expect(body.target).toBeNull();
    expect(body.suppressed).toBe(false);
    expect(JSON.stringify(body)).not.toMatch(/DRR\d|Examplesson|Hidden/);
  });

  it('sets the target for a scheme manager, with an ETag; a stale If-Match is refused with 412 and changes nothing', async () => {
    const token = await createApiToken(t.db, ta.users.manager!.userId, 'test', { scope: 'role' });
    const auth = { authorization: `Bearer ${token}` };
    const put = await ta.app.inject({ method: 'PUT', url: '/api/v1/performance/drr/target', headers: auth, payload: { year: '2009/10', starts: 10 } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ year: '2009/10', starts: 10, completions: null, version: 1 });
    expect(put.headers.etag).toBe('"drr_target-2009-v1"');
    const again = await ta.app.inject({ method: 'PUT', url: '/api/v1/performance/drr/target', headers: { ...auth, 'if-match': '"drr_target-2009-v1"' }, payload: { year: '2009/10', starts: 10, completions: 4 } });
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(2);
    const stale = await ta.app.inject({ method: 'PUT', url: '/api/v1/performance/drr/target', headers: { ...auth, 'if-match': '"drr_target-2009-v1"' }, payload: { year: '2009/10', starts: 99 } });
    expect(stale.statusCode).toBe(412);
    const fig = await ta.app.inject({ method: 'GET', url: '/api/v1/performance/drr?year=2009/10', headers: auth });
    expect(fig.headers.etag).toMatch(/^"drr_target-2009-v2\./);
    expect(fig.json().target).toEqual({ starts: 10, completions: 4, version: 2 });
    expect(fig.json().startsAgainstTarget).toBe(0.5);
    expect(fig.json().completionsAgainstTarget).toBe(0.5);
  });

  it('refuses a target from an analyst (403) and a malformed year (400, naming the field)', async () => {
    const token = await createApiToken(t.db, ta.users.analyst!.userId, 'test', { scope: 'role' });
    const auth = { authorization: `Bearer ${token}` };
    expect((await ta.app.inject({ method: 'PUT', url: '/api/v1/performance/drr/target', headers: auth, payload: { year: '2009/10', starts: 1 } })).statusCode).toBe(403);
    const m = await createApiToken(t.db, ta.users.manager!.userId, 'test2', { scope: 'role' });
    const bad = await ta.app.inject({ method: 'PUT', url: '/api/v1/performance/drr/target', headers: { authorization: `Bearer ${m}` }, payload: { year: '2009/11', starts: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('year');
  });

  it('withholds counts from 1 to 4 from a board member', async () => {
    const token = await createApiToken(t.db, ta.users.board!.userId, 'test', { scope: 'role' });
    const body = (await ta.app.inject({ method: 'GET', url: '/api/v1/performance/drr?year=2009/10', headers: { authorization: `Bearer ${token}` } })).json();
    expect(body.total).toEqual({ starts: 5, completions: null, earlyTerminations: null, otherEnds: null });
    expect(body.completionRate).toBeNull();
    expect(body.suppressed).toBe(true);
  });
});

describe('the DRR page', () => {
  it('shows the figures, the target and the method, with no names', async () => {
    const res = await get('/drr?year=2009%2F10', s.analyst!);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('DRR starts, completions and early terminations, 2009/10');
    expect(res.body).toMatch(/data-figure="starts">5 of 10</);
    expect(res.body).toMatch(/data-figure="completion-rate">50.0%</);
    expect(res.body).toContain('Q4 2009/10');
    expect(res.body).toContain('A start is a DRR supervision period');
    expect(res.body).not.toMatch(/DRR\d|Examplesson|Hidden/);
    expect(res.body).not.toContain('Save the target');
  });

  it('lets a scheme manager set the target by the form, and shows a wrong entry against its field', async () => {
    const page = await get('/drr?year=2010/11', s.manager!);
    expect(page.body).toContain('Save the target');
    const bad = await post('/drr/target', s.manager!, { year: '2010/11', starts: 'lots' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('must be a whole number');
    const ok = await post('/drr/target', s.manager!, { year: '2010/11', starts: '12', completions: '6' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/drr?year=2010%2F11&saved=1');
    const row = await t.db.selectFrom('drr_targets').select(['starts', 'completions', 'version']).where('partnership_id', '=', ta.f.partnershipId).where('year', '=', '2010/11').executeTakeFirstOrThrow();
    expect(row).toEqual({ starts: 12, completions: 6, version: 1 });
    // A form drawn from an older version is refused, and shows the other change.
    expect((await post('/drr/target', s.manager!, { year: '2010/11', starts: '13', version: '1' })).statusCode).toBe(303);
    const stale = await post('/drr/target', s.manager!, { year: '2010/11', starts: '14', version: '1' });
    expect(stale.statusCode).toBe(412);
    expect(stale.body).toContain('It is now 13 starts');
  });

  it('refuses the page to a practitioner, and the form to an analyst', async () => {
    expect((await get('/drr', s.officer!)).statusCode).toBe(403);
    expect((await post('/drr/target', s.analyst!, { year: '2009/10', starts: '1' })).statusCode).toBe(403);
  });
});

describe('the supervision import', () => {
  it('stores end_kind (with its aliases, and "other" for anything else)', async () => {
    const f = await createPartnership(t.db, 'IMP');
    const dir = tempDir('waymark-drr-');
    const people = writeCsv(dir, 'people.csv', [PEOPLE_HEADER, personRow('I1', 1), personRow('I2', 2), personRow('I3', 3), personRow('I4', 4)]);
    expect(await importFile(t.db, f.operator, { kind: 'people', path: people })).toMatchObject({ status: 'completed', rowsRejected: 0 });
    const sup = writeCsv(dir, 'supervision.csv', [
      ['person_ref', 'start_date', 'end_date', 'kind', 'statutory', 'end_kind'],
      ['I1', '2009-05-01', '2009-11-01', 'drr', 'yes', 'completed'],
      ['I2', '2009-05-01', '2009-11-01', 'drr', 'yes', 'revoked'],
      ['I3', '2009-05-01', '2009-11-01', 'drr', 'yes', 'moved away'],
      ['I4', '2009-05-01', '', 'drr', 'yes', ''],
    ]);
    expect(await importFile(t.db, f.operator, { kind: 'supervision', path: sup })).toMatchObject({ status: 'completed', rowsAdded: 4, rowsRejected: 0 });
    const rows = await t.db
      .selectFrom('supervision_periods')
      .innerJoin('people', 'people.id', 'supervision_periods.person_id')
      .select(['people.person_ref', 'supervision_periods.end_kind'])
      .where('supervision_periods.partnership_id', '=', f.partnershipId)
      .orderBy('people.person_ref')
      .execute();
    expect(rows).toEqual([
      { person_ref: 'I1', end_kind: 'completed' },
      { person_ref: 'I2', end_kind: 'early_termination' },
      { person_ref: 'I3', end_kind: 'other' },
      { person_ref: 'I4', end_kind: null },
    ]);
  });
});

// The command-line doors, on the PostgreSQL pass (as the other CLI door
// tests); the figures beneath are tested in-process on both engines above.
describe.skipIf(testEngine === 'pglite')('the DRR commands', () => {
  let cli: CliWorld;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    cli = await cliWorld('waymark-drr-');
    dir = cli.dir;
    env = { ...cli.env, NODE_ENV: '' };
    const database = await cli.open();
    try {
      const f = await createPartnership(database.db, 'T');
      await createUser(database.db, f, { username: 'u', role: 'analyst', agency: 'police', passwordHash: 'not-used' });
      await workedExample(database.db, f);
    } finally {
      await cli.done(database);
    }
  });
  afterAll(async () => {
    await cli?.close();
  });

  it('sets the target and counts the worked example (the operator sees the restricted record too)', async () => {
    const set = await runWaymark(['performance', 'drr-target', '--year', '2009/10', '--starts', '12', '--completions', '3', '--json'], { cwd: dir, env });
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toEqual({ year: '2009/10', id: 2009, starts: 12, completions: 3, version: 1 });
    const r = await runWaymark(['performance', 'drr', '--year', '2009/10', '--json'], { cwd: dir, env });
    expect(r.code, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.total).toEqual({ starts: 6, completions: 2, earlyTerminations: 1, otherEnds: 1 });
    expect(body.quarters[0].starts).toBe(2);
    expect(body.target).toEqual({ starts: 12, completions: 3, version: 1 });
    expect(body.startsAgainstTarget).toBe(0.5);
    const text = await runWaymark(['performance', 'drr', '--year', '2009/10'], { cwd: dir, env });
    expect(text.stdout).toContain('Q2 2009/10');
    expect(text.stdout).toMatch(/Completion\s+50\.0%/);
    const bad = await runWaymark(['performance', 'drr-target', '--year', '2009/10', '--starts', '-3'], { cwd: dir, env });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('starts');
  });
});
