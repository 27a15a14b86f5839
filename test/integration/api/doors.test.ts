// The API as a full door (issue 17): schemes, selection runs, the review, the
// panel, the performance measures, imports, data quality and duplicates, each
// through /api/v1 with bearer tokens, as the same service functions the pages
// and the CLI call. Each endpoint's happy path and a refusal; need to know
// (withheld scores, restricted people absent) as on the web; and a round
// trip through the API alone: import an extract, run a selection, record the
// panel's decision to select, and read the changed membership.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { addPerson, createScheme } from '../selection/support.js';
import { PEOPLE_HEADER, personRow } from '../imports/files.js';
import { XLSX_TYPE } from '../../../src/web/routes/api-imports.js';

let t: TestDatabase;
let ta: TestApp;
const tokens: Record<string, string> = {};
let ppo: { id: number; tiers: Record<string, number> };

const USERS = [
  { username: 'admin', role: 'administrator', agency: 'police' },
  { username: 'manager', role: 'scheme_manager', agency: 'police' },
  { username: 'la-analyst', role: 'analyst', agency: 'local_authority' },
  { username: 'police-analyst', role: 'analyst', agency: 'police' },
  { username: 'practitioner', role: 'practitioner', agency: 'probation' },
  { username: 'board', role: 'board_member', agency: 'local_authority' },
] as const;

async function call(who: string, method: 'GET' | 'POST', url: string, opts: { json?: unknown; body?: string | Buffer; type?: string } = {}): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { authorization: `Bearer ${tokens[who]}` };
  if (opts.json !== undefined) headers['content-type'] = 'application/json';
  if (opts.type) headers['content-type'] = opts.type;
  return ta.app.inject({ method, url, headers, payload: opts.json !== undefined ? JSON.stringify(opts.json) : opts.body });
}
const get = (who: string, url: string) => call(who, 'GET', url);

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, USERS.map((u) => ({ ...u })));
  for (const u of USERS) tokens[u.username] = await createApiToken(t.db, ta.users[u.username]!.userId, `api ${u.username}`, { scope: 'role' });
  // A PPO scheme of capacity 3 with two members, and three candidates, the busiest with intelligence behind them.
  ppo = await createScheme(t.db, ta.f, 'PPO', 3);
  const recent: [string, string, string][] = [['2010-03-01', '2010-04-01', '04600'], ['2010-04-01', '2010-05-01', '04600'], ['2010-05-01', '2010-05-20', '04600']];
  await addPerson(t.db, ta.f, { ref: 'M1', offences: recent.slice(0, 1), memberSince: { schemeId: ppo.id, start: '2009-01-01', tierId: ppo.tiers.high } });
  await addPerson(t.db, ta.f, { ref: 'M2', offences: [['2008-06-01', '2008-07-01', '04600']], memberSince: { schemeId: ppo.id, start: '2008-01-01', tierId: ppo.tiers.medium } });
  await addPerson(t.db, ta.f, { ref: 'C1', offences: recent, arrests: ['2010-05-02', '2010-05-03'], intelligence: ['2010-05-04', '2010-05-05'] });
  await addPerson(t.db, ta.f, { ref: 'C2', offences: recent.slice(0, 2), arrests: ['2010-05-02'] });
  // A restricted member no user is named on: absent from every list through the API.
  const hidden = await createPerson(t.db, ta.f, { ref: 'HID1', family: 'Hiddenfield', given: 'Rita', restricted: true });
  await t.db.insertInto('memberships').values({ partnership_id: ta.f.partnershipId, person_id: hidden, scheme_id: ppo.id, start_date: '2009-01-01' }).execute();
}, 60_000);

afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

describe('GET /api/v1/schemes and /api/v1/schemes/{code}', () => {
  it('lists the schemes a page at a time and gives one with its members, capacity and balance, leaving out a restricted member', async () => {
    const list = await get('manager', '/api/v1/schemes?asOf=2010-06-30&limit=1');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ schemes: [{ code: 'PPO', name: 'PPO scheme', capacity: 3, members: 2 }], next: null });
    const one = await get('manager', '/api/v1/schemes/PPO?asOf=2010-06-30');
    expect(one.statusCode).toBe(200);
    const s = one.json();
    expect(s).toMatchObject({ code: 'PPO', capacity: 3, asOf: '2010-06-30', balance: { total: 2, inCommunity: 2, inCustody: 0 } });
    expect(s.members.map((m: { personRef: string }) => m.personRef).sort()).toEqual(['M1', 'M2']);
    expect(s.tiers.map((x: { code: string }) => x.code)).toEqual(['high', 'medium']);
    expect(one.body).not.toContain('HID1');
    expect(one.body).not.toContain('Hiddenfield');
  });

  it('refuses a board member (no person) and answers 404 for an unknown scheme, as problem details', async () => {
    expect((await get('board', '/api/v1/schemes')).statusCode).toBe(403);
    const missing = await get('manager', '/api/v1/schemes/NOPE');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    const badCursor = await get('manager', '/api/v1/schemes?cursor=nonsense');
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json()).toMatchObject({ field: 'cursor' });
  });
});

describe('selection runs', () => {
  let runId: number;
  let otherId: number;

  it('starts a run (201, Location) and gives it whole: the rows of `waymark select --json`', async () => {
    const res = await call('manager', 'POST', '/api/v1/schemes/PPO/selection-runs', { json: { asOf: '2010-06-30' } });
    expect(res.statusCode).toBe(201);
    runId = res.json().runId;
    expect(res.headers.location).toBe(`/api/v1/selection-runs/${runId}`);
    // Three members, one of them HID1, whom the manager may not see: counted as the rows are, two.
    expect(res.json()).toMatchObject({ schemeCode: 'PPO', asOf: '2010-06-30', members: 2, capacity: 3, scoresWithheld: null, emptyPool: null });
    expect((await ta.app.services.selection.getRun(ta.f.operator, { runId })).members).toBe(3);
    const doc = await get('manager', `/api/v1/selection-runs/${runId}`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers.etag).toMatch(new RegExp(`^"selection_run-${runId}-v1\\.`));
    const rows = doc.json().rows as { personRef: string; rank: number; score: number; criteria: unknown[]; comparisonMargin: number }[];
    expect(rows[0]).toMatchObject({ personRef: 'C1', rank: 1 });
    expect(rows.every((r) => typeof r.score === 'number' && r.criteria.length > 0 && r.comparisonMargin === doc.json().comparisonMargin)).toBe(true);
    // The same service function the CLI prints: the rows are exactly selectJsonRows of the run.
    const view = await ta.app.services.selection.getRun({ userId: ta.users.manager!.userId, partnershipId: ta.f.partnershipId, role: 'scheme_manager', agencyKind: 'police', label: 'manager' }, { runId });
    expect(rows).toEqual(JSON.parse(JSON.stringify(ta.app.services.selection.selectJsonRows(view))));
    expect(doc.body).not.toContain('HID1');
  });

  it('lists the runs newest first and compares two', async () => {
    otherId = (await call('manager', 'POST', '/api/v1/schemes/PPO/selection-runs', { json: { asOf: '2010-03-31' } })).json().runId;
    const list = await get('manager', '/api/v1/schemes/PPO/selection-runs?limit=1');
    expect(list.json()).toMatchObject({ runs: [{ runId: otherId, asOf: '2010-03-31' }] });
    const second = await get('manager', `/api/v1/schemes/PPO/selection-runs?limit=1&cursor=${list.json().next}`);
    expect(second.json()).toMatchObject({ runs: [{ runId }], next: null });
    const c = await get('manager', `/api/v1/selection-runs/${runId}/compare/${otherId}`);
    expect(c.statusCode).toBe(200);
    expect(c.json().a.runId).toBe(runId);
    expect(c.json().rows.find((r: { personRef: string }) => r.personRef === 'C1')).toMatchObject({ a: { rank: 1 } });
  });

  it('withholds the scores, ranks and order from a local-authority analyst (the matrix weighs intelligence)', async () => {
    const doc = (await get('la-analyst', `/api/v1/selection-runs/${runId}`)).json();
    expect(doc.scoresWithheld).toBe('intelligence');
    expect(doc.rows.every((r: { rank: unknown; score: unknown }) => r.rank === null && r.score === null)).toBe(true);
    expect(doc.rows.map((r: { personRef: string }) => r.personRef)).toEqual([...doc.rows.map((r: { personRef: string }) => r.personRef)].sort());
    expect(doc.comparisons).toEqual([]);
  });

  it('refuses a practitioner, a bad date (naming the field) and an unknown run', async () => {
    expect((await call('practitioner', 'POST', '/api/v1/schemes/PPO/selection-runs', { json: { asOf: '2010-06-30' } })).statusCode).toBe(403);
    expect((await get('practitioner', `/api/v1/selection-runs/${runId}`)).statusCode).toBe(403);
    const bad = await call('manager', 'POST', '/api/v1/schemes/PPO/selection-runs', { json: { asOf: '2010-02-30' } });
    expect(bad.statusCode).toBe(400);
    expect((await get('manager', '/api/v1/selection-runs/999999')).statusCode).toBe(404);
  });

  it('says, for a run with no one in its pool, what puts people there and where their area comes from', async () => {
    // Before anyone's address began, no one is in the scheme's areas.
    const res = await call('manager', 'POST', '/api/v1/schemes/PPO/selection-runs', { json: { asOf: '1990-01-01' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().poolSize).toBe(0);
    expect(res.json().emptyPool).toContain('No one is in the pool.');
    expect(res.json().emptyPool).toContain('whose address on 1990-01-01 is in the scheme');
    const doc = await get('manager', res.headers.location as string);
    expect(doc.json().emptyPool).toBe(res.json().emptyPool);
  });
});

describe('the review and the panel', () => {
  it('gives the review whole as the array of `waymark review --json`, and refuses a board member', async () => {
    const res = await get('manager', '/api/v1/schemes/PPO/review?asOf=2010-06-30');
    expect(res.statusCode).toBe(200);
    const rows = res.json() as { personRef: string; rule: string; met: boolean }[];
    expect(new Set(rows.map((r) => r.personRef))).toEqual(new Set(['M1', 'M2']));
    // Every member is reviewed under every rule; M2 (a member since 2008) is due a review.
    expect(rows.filter((r) => r.personRef === 'M2').map((r) => r.rule)).toEqual(expect.arrayContaining(['stopped_offending', 'regular_review', 'two_years_on_scheme']));
    expect(rows.some((r) => r.personRef === 'M2' && r.met)).toBe(true);
    expect((await get('board', '/api/v1/schemes/PPO/review?asOf=2010-06-30')).statusCode).toBe(403);
  });

  it('gives the agenda by person and records a decision; refuses an analyst and a decision without its items', async () => {
    const agenda = await get('manager', '/api/v1/schemes/PPO/panel?date=2010-07-01');
    expect(agenda.statusCode).toBe(200);
    const a = agenda.json();
    expect(a).toMatchObject({ schemeCode: 'PPO', meetingDate: '2010-07-01' });
    const m2 = a.people.find((p: { personRef: string }) => p.personRef === 'M2');
    expect(m2.pending.length).toBeGreaterThan(0);
    const refused = await call('police-analyst', 'POST', '/api/v1/schemes/PPO/panel/decisions', { json: { date: '2010-07-01', personRef: 'M2', items: m2.pending, decision: 'accept', action: 'none', reason: 'x' } });
    expect(refused.statusCode).toBe(403);
    const noItems = await call('manager', 'POST', '/api/v1/schemes/PPO/panel/decisions', { json: { date: '2010-07-01', personRef: 'M2', decision: 'accept', action: 'none', reason: 'x' } });
    expect(noItems.statusCode).toBe(400);
    const d = await call('manager', 'POST', '/api/v1/schemes/PPO/panel/decisions', {
      json: { date: '2010-07-01', personRef: 'M2', items: m2.pending, decision: 'accept', action: 'deselect', endReason: 'regular_review', exitPlan: 'Probation supervision continues', reason: 'No offending for two years' },
    });
    expect(d.statusCode).toBe(201);
    expect(d.json()).toMatchObject({ personRef: 'M2', decision: 'accept', action: 'deselect', endReason: 'regular_review', items: m2.pending });
    const after = (await get('manager', '/api/v1/schemes/PPO?asOf=2010-07-02')).json();
    expect(after.members.map((m: { personRef: string }) => m.personRef)).not.toContain('M2');
    // The restricted person is found by no one named on them: not found, not refused.
    const hidden = await call('manager', 'POST', '/api/v1/schemes/PPO/panel/decisions', { json: { date: '2010-07-01', personRef: 'HID1', items: ['rule:regular_review'], decision: 'accept', action: 'none', reason: 'x' } });
    expect(hidden.statusCode).toBe(404);
  });
});

describe('performance measures', () => {
  it('answers ni30, ni38, reoffending, concentration and ogrs3 with their documents', async () => {
    const ni30 = await get('manager', '/api/v1/performance/ni30?scheme=PPO&year=2009/10&ceiling=0.16');
    expect(ni30.statusCode).toBe(200);
    expect(ni30.json()).toMatchObject({ measure: 'ni30', scheme: { code: 'PPO' }, year: '2009/10', ceiling: 0.16 });
    expect(ni30.json().quarters).toHaveLength(4);
    const ni38 = await get('manager', '/api/v1/performance/ni38?year=2009/10');
    expect(ni38.statusCode).toBe(200);
    expect(ni38.json()).toMatchObject({ measure: 'ni38', from: '2010-01-01', to: '2010-03-31' });
    // A refusal names the API's own parameters, not the CLI's options.
    const half = await get('manager', '/api/v1/performance/ni38?year=2009/10&from=2010-01-01');
    expect(half.statusCode).toBe(400);
    expect(half.json().detail).toBe('Give both from and to, or neither (then the January–March quarter of the performance year).');
    const reoff = await get('manager', '/api/v1/performance/reoffending?from=2009-01-01&to=2009-12-31&asOf=2010-12-31');
    expect(reoff.statusCode).toBe(200);
    expect(reoff.json()).toMatchObject({ measure: 'reoffending', from: '2009-01-01', to: '2009-12-31' });
    const conc = await get('manager', '/api/v1/performance/concentration?from=2009-01-01&to=2009-12-31&asOf=2010-12-31');
    expect(conc.statusCode).toBe(200);
    expect(conc.json()).toMatchObject({ from: '2009-01-01', people: reoff.json().cohortSize, offences: reoff.json().offences, topDecileShare: reoff.json().concentration.topDecileShare });
    const ogrs3 = await get('manager', '/api/v1/performance/ogrs3?scheme=PPO&asOf=2010-06-30');
    expect(ogrs3.statusCode).toBe(200);
    expect(ogrs3.json()).toMatchObject({ measure: 'ogrs3_cohort', cohortSize: 3 });
    // A board member reads these figures suppressed, on the dashboard and in the board report: the
    // documents hold counts under 5 as they are (a cohort of 3 here), so the API refuses them.
    const board = await get('board', '/api/v1/performance/ogrs3?scheme=PPO&asOf=2010-06-30');
    expect(board.statusCode).toBe(403);
  });

  it('refuses a practitioner and names the field of a bad query', async () => {
    expect((await get('practitioner', '/api/v1/performance/ni30?scheme=PPO&year=2009/10&ceiling=0.16')).statusCode).toBe(403);
    const bad = await get('manager', '/api/v1/performance/ni30?scheme=PPO&year=2009&ceiling=0.16');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/year/);
  });
});

describe('imports, data quality and duplicates', () => {
  async function finished(url: string): Promise<Record<string, any>> {
    for (let i = 0; i < 200; i++) {
      const r = await get('admin', url);
      expect(r.statusCode).toBe(200);
      if (r.json().status !== 'running') return r.json();
      await new Promise((ok) => setTimeout(ok, 50));
    }
    throw new Error(`${url} never finished`);
  }

  it('refuses a whole file for one bad row, all or nothing, naming the row and field; partial stores the good rows', async () => {
    const csv = [PEOPLE_HEADER, personRow('IMP1', 1), personRow('IMP2', 2, { date_of_birth: '1980-02-30' })].map((r) => r.join(',')).join('\n') + '\n';
    const res = await call('admin', 'POST', '/api/v1/imports/people?fileName=extract.csv', { body: csv, type: 'text/csv; charset=utf-8' });
    expect(res.statusCode).toBe(202);
    expect(res.headers.location).toBe(`/api/v1/imports/people/${res.json().importId}`);
    const failed = await finished(res.headers.location as string);
    expect(failed).toMatchObject({ status: 'failed', fileName: 'extract.csv', mode: 'all_or_nothing' });
    expect(failed.errors[0]).toMatchObject({ row: 3, field: 'date_of_birth' });
    // Said as the API does it, not the CLI; and each problem has its line.
    expect(failed.message).toBe('1 of 2 rows of extract.csv have problems, so nothing was stored. Correct them, or send the file again with ?partial=true to store the good rows.');
    expect(failed.errors[0].message).toMatch(/^extract\.csv row 3, date_of_birth: /);
    expect(failed.errors[0].message).toContain(failed.errors[0].reason);
    expect(await t.db.selectFrom('people').select('id').where('person_ref', '=', 'IMP1').executeTakeFirst()).toBeUndefined();

    const partial = await call('admin', 'POST', '/api/v1/imports/people?partial=true', { body: csv, type: 'text/csv' });
    const done = await finished(partial.headers.location as string);
    expect(done).toMatchObject({ status: 'completed', mode: 'partial', counts: { added: 1, rejected: 1 }, unknownOffenceCodes: 0 });

    // Outcomes with a code that is no Home Office code: stored, flagged, and counted in the status.
    const outcomes = 'person_ref,offence_date,outcome_date,outcome,offence_code\nIMP1,2009-01-01,2009-02-01,conviction,NOT-A-CODE\n';
    const flagged = await finished((await call('admin', 'POST', '/api/v1/imports/outcomes', { body: outcomes, type: 'text/csv' })).headers.location as string);
    expect(flagged).toMatchObject({ status: 'completed', counts: { added: 1 }, unknownOffenceCodes: 1 });
    // The kind is part of the address.
    expect((await get('admin', `/api/v1/imports/outcomes/${partial.json().importId}`)).statusCode).toBe(404);
  });

  it('refuses an analyst, a body that is no file, and an XLSX body that is not a workbook', async () => {
    expect((await call('police-analyst', 'POST', '/api/v1/imports/people', { body: 'a,b\n', type: 'text/csv' })).statusCode).toBe(403);
    const json = await call('admin', 'POST', '/api/v1/imports/people', { json: { rows: [] } });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ field: 'file' });
    const notXlsx = await call('admin', 'POST', '/api/v1/imports/people', { body: 'person_ref\nX\n', type: XLSX_TYPE });
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.body).toMatch(/not an Excel workbook/);
    // A value not in a list: the problem lists what the list holds.
    const offences = await call('admin', 'POST', '/api/v1/imports/offences', { body: 'a,b\n', type: 'text/csv' });
    expect(offences.statusCode).toBe(400);
    expect(offences.json()).toMatchObject({ field: 'kind', detail: 'params/kind must be equal to one of the allowed values: people, outcomes, arrests, intelligence, drug_tests, custody, supervision, memberships, addresses, risk_assessments, mappa_referrals' });
  });

  it('gives the data-quality report and the possible duplicates a page at a time; refuses those without the permission', async () => {
    const q = await get('police-analyst', '/api/v1/data-quality');
    expect(q.statusCode).toBe(200);
    expect(q.json().checks.map((c: { key: string }) => c.key)).toContain('missing_pnc');
    expect((await get('manager', '/api/v1/data-quality')).statusCode).toBe(403);
    const a = await createPerson(t.db, ta.f, { ref: 'DUPA', family: 'Twin', given: 'Alex' });
    const b = await createPerson(t.db, ta.f, { ref: 'DUPB', family: 'Twin', given: 'Alex' });
    const c = await createPerson(t.db, ta.f, { ref: 'DUPC', family: 'Twin', given: 'Alex' });
    await t.db.insertInto('possible_duplicates').values([
      { partnership_id: ta.f.partnershipId, person_id: a, other_person_id: b, reason: 'same name and date of birth' },
      { partnership_id: ta.f.partnershipId, person_id: a, other_person_id: c, reason: 'same name and date of birth' },
    ]).execute();
    const first = await get('admin', '/api/v1/duplicates?limit=1');
    expect(first.statusCode).toBe(200);
    expect(first.json().duplicates).toHaveLength(1);
    expect(first.json().duplicates[0]).toMatchObject({ person: { personRef: 'DUPA' }, other: { personRef: 'DUPB' }, status: 'open' });
    const second = (await get('admin', `/api/v1/duplicates?limit=1&cursor=${first.json().next}`)).json();
    expect(second).toMatchObject({ duplicates: [{ other: { personRef: 'DUPC' } }], next: null });
    expect((await get('police-analyst', '/api/v1/duplicates')).statusCode).toBe(403);
  });
});
